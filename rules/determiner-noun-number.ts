import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { irregularNounBase } from '../src/model/lemma-irregulars.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { isTitleCase } from '../src/model/tagger-token.js';
import { adjacent } from './english/gaps.js';
import { isPossessive } from './english/noun-phrase.js';

/** `determiner-noun-number` has no options. */
export type Options = Record<string, never>;

/** Determiners that take a singular noun, and what each becomes before a plural. */
const SINGULAR_DETERMINERS: Readonly<Record<string, string | undefined>> = { a: undefined, an: undefined, each: undefined, every: undefined, another: undefined, this: 'these' };
/** Determiners that take a plural noun; "many" and "few" may want "much" and "little" with a mass noun instead. */
const PLURAL_DETERMINERS = new Set(['these', 'those', 'several', 'various', 'numerous', 'both', 'many', 'few']);
/** Words that end a quantity rather than modify a noun ("a few", "a lot", "a great many"). */
const QUANTITY_WORDS = new Set(['last', 'next', 'past', 'few', 'lot', 'couple', 'dozen', 'number', 'many', 'more', 'less', 'fewer', 'third', 'half', 'quarter', 'further', 'good', 'great', 'total', 'mere', 'whole', 'extra', 'additional', 'other', 'record', 'staggering', 'whopping', 'estimated', 'average', 'handful']);
/** Plural-looking nouns used with a singular determiner ("a series", "a means", "a news conference"). */
const NUMBER_FREE = new Set(['news', 'series', 'species', 'means', 'headquarters', 'crossroads', 'barracks', 'odds', 'thanks', 'kudos', 'physics', 'economics', 'politics', 'athletics', 'mathematics', 'statistics', 'gymnastics', 'ethics', 'whereabouts', 'data', 'media', 'lens', 'works', 'gallows', 'innings', 'measles', 'diabetes', 'rabies', 'billiards', 'darts', 'savings', 'earnings', 'premises', 'sales', 'arms', 'customs', 'goods', 'sports', 'jeans', 'clothes', 'outskirts', 'proceeds', 'remains', 'surroundings', 'troops', 'people', 'police', 'cattle', 'staff', 'personnel', 'aircraft', 'sheep', 'fish', 'deer', 'bus', 'gas', 'plus', 'status', 'campus', 'census', 'virus', 'bonus', 'focus', 'thesis', 'crisis', 'basis', 'analysis', 'chaos', 'ethos', 'bias', 'canvas']);
// An -ing word after a determiner is as often the head ("this strong showing") as a modifier.
const ADJECTIVE = /^(JJ|JJR|JJS|VBN)$/;

/**
 * A determiner whose number the noun it governs contradicts: "this images", "a milestones", "a simple
 * wooden desks", "these day", "several problem", "many wine". The head is the last noun of the phrase,
 * after any adjectives ("a major milestones"), so a noun used as a modifier ("this sales figure") is not
 * the head. Quantities ("a few weeks", "every two years", "a lot of"), possessives ("this week's"),
 * names, nouns whose plural looks singular or the reverse ("a series", "a means", "these sheep") and words
 * the lexicon also has as verbs ("this means", "these help") are left alone.
 */
export const determinerNounNumber: Rule<Options> = {
  meta: {
    id: 'determiner-noun-number',
    kind: 'grammar',
    description: 'A determiner whose number its noun contradicts ("this images", "a milestones", "these day")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: {
      'plural-noun': 'Unexpected plural “{{noun}}” after “{{determiner}}”{{hint}}',
      'singular-noun': 'Unexpected singular “{{noun}}” after “{{determiner}}”{{hint}}',
    },
  },
  create(context) {
    const { document } = context;
    return {
      paragraph(paragraph) {
        for (const sentence of paragraph.sentences) {
          // In a title-case headline every word is capitalised, so its tags are guesses.
          if (isTitleCase(sentence.words.map((word) => word.text))) continue;
          for (const determiner of sentence.words) {
            // "each other", "one another": reciprocal pronouns, not determiners.
            // "Division A teams": a capital "A" inside a sentence is a label.
            if (determiner.text === 'A' && determiner.index > 0) continue;
            if (determiner.quoted || !/^(DT|JJ|PDT|CD)$/.test(determiner.tag) || /^(other|another)$/.test(sentence.words[determiner.index + 1]?.lower ?? '')) continue;
            const head = headAfter(document, sentence, determiner);
            if (!head) continue;
            const lower = determiner.lower;
            if (Object.hasOwn(SINGULAR_DETERMINERS, lower) && isPluralNoun(document, sentence, head) && !quantityBefore(sentence, determiner)) {
              const lowerReplacement = SINGULAR_DETERMINERS[lower];
              const replacement = lowerReplacement && determiner.text !== lower ? lowerReplacement.charAt(0).toUpperCase() + lowerReplacement.slice(1) : lowerReplacement;
              const singular = head.lemma;
              context.report({
                messageId: 'plural-noun',
                data: { noun: head.text, determiner: determiner.text, hint: replacement ? `, expected “${replacement}”` : `, expected “${singular}”` },
                node: replacement ? determiner : head,
                expected: [replacement ?? singular],
                safe: false,
              });
            } else if ((PLURAL_DETERMINERS.has(lower) || countsMany(document, sentence, determiner)) && isSingularCountNoun(head, determiner.tag === 'CD' && !/^(DT|PRP|PRP\$)$/.test(sentence.words[head.index + 1]?.tag ?? '')) && !(lower === 'few' && /^(a|quite)$/.test(sentence.words[determiner.index - 1]?.lower ?? ''))) {
              const mass = lower === 'many' || lower === 'few';
              const plural = pluralOf(head.lower);
              context.report({
                messageId: 'singular-noun',
                data: { noun: head.text, determiner: determiner.text, hint: mass ? '' : `, expected “${plural}”` },
                node: head,
                expected: mass ? [] : [plural],
                safe: false,
              });
            }
          }
        }
      },
    };
  },
};

/** The last noun of the phrase the determiner opens, past adjectives; undefined for quantities, names and compounds that go on. */
function headAfter(document: NewsDocument, sentence: Sentence, determiner: Word): Word | undefined {
  const words = sentence.words;
  let k = determiner.index + 1;
  while (words[k] && ADJECTIVE.test(words[k]!.tag) && !QUANTITY_WORDS.has(words[k]!.lower) && !/['’]/.test(words[k]!.text) && k < determiner.index + 4) k++;
  const head = words[k];
  if (!head || !/^(NN|NNS)$/.test(head.tag) || head.text !== head.lower || isPossessive(head) || QUANTITY_WORDS.has(head.lower)) return undefined;
  for (let j = determiner.index + 1; j <= k; j++) if (!adjacent(document, words[j - 1]!, words[j]!)) return undefined;
  // "an investors' conference": a plural possessive.
  if (/^['’]/.test(document.source.slice(head.end, head.end + 1))) return undefined;
  const next = words[k + 1];
  if (!next || !adjacent(document, head, next)) return head;
  // "this sales figure", "many machine learning concepts", "these chest and abdominal operations":
  // a noun before another noun or a conjunction may be a modifier, not the head.
  // A lower-case word the lexicon does not know ("licences") may be a noun too.
  const readings = lexicalTags(next.lower);
  const nounNext = /^(NN|NNS|NNP|NNPS|CD|POS|CC)$/.test(next.tag) || (next.text === next.lower && (readings.length === 0 || readings.some((tag) => tag === 'NN' || tag === 'NNS')));
  // "a games console", "a points based system": a plural verb, or a participle before a noun, means a compound the tagger split.
  const compound = next.tag === 'VBP' || (/^(VBD|VBN)$/.test(next.tag) && /^(NN|NNS)$/.test(words[k + 2]?.tag ?? ''));
  if (compound) return undefined;
  return nounNext ? undefined : head;
}

function isPluralNoun(document: NewsDocument, sentence: Sentence, word: Word): boolean {
  if (word.tag !== 'NNS' || NUMBER_FREE.has(word.lower) || word.lower.endsWith('ss')) return false;
  const readings = lexicalTags(word.lower);
  // "this means", "this costs": a verb the tagger read as a plural noun, unless a verb follows ("this images are").
  const next = sentence.words[word.index + 1];
  const nounForSure = next === undefined || !adjacent(document, word, next) || /^(VBP|VBD|MD)$/.test(next.tag) || /^(are|were)$/.test(next.lower);
  if (readings.includes('NN') || (readings.includes('VBZ') && !nounForSure)) return false;
  // "cannabis", "necropolis": a plural only where the singular is a known noun that pluralises to it.
  if (irregularNounBase(word.lower) !== undefined) return true;
  return word.lemma !== word.lower && pluralOf(word.lemma) === word.lower && lexicalTags(word.lemma).includes('NN');
}

function isSingularCountNoun(word: Word, verbReadingAllowed: boolean): boolean {
  if (word.tag !== 'NN' || NUMBER_FREE.has(word.lower) || /s$/.test(word.lower)) return false;
  const readings = lexicalTags(word.lower);
  // "these help", "few doubt": a verb the tagger read as a noun, after a pronoun determiner (after a
  // number with no object following, "five book", the verb reading is no danger).
  // "those present" is an adjective; "these kind", "many way" are nouns first.
  const verbReading = readings.some((tag) => /^(VB|VBP)$/.test(tag)) && !verbReadingAllowed;
  if (readings[0] !== 'NN' || verbReading || readings.some((tag) => /^(IN|NNS)$/.test(tag))) return false;
  return lexicalTags(pluralOf(word.lower)).includes('NNS');
}

/** Number words that count more than one; "one", "dozen", "hundred" and their kind head their own phrase. */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty']);
/** Nouns that stay singular after a number in news copy: measures ("3 stone", "6 foot", "50 head of cattle"). */
const MEASURES = new Set(['stone', 'foot', 'head', 'percent', 'cent', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'score', 'mile', 'yard', 'inch', 'pound']);

/**
 * "five book": a number word above one counts a plural noun. After a noun, name or determiner it may
 * be part of a label or a compound ("the two", "the top three"), so it is not read there.
 */
function countsMany(document: NewsDocument, sentence: Sentence, number: Word): boolean {
  if (number.tag !== 'CD') return false;
  const before = sentence.words[number.index - 1];
  // "you two use": a pronoun and its number.
  if (before && /^(NN|NNS|NNP|NNPS|DT|PRP|PRP\$|CD|POS)$/.test(before.tag)) return false;
  const head = sentence.words[number.index + 1];
  if (!head || MEASURES.has(head.lower) || head.lower.length < 3) return false;
  // "two telephone licences": the count ends the phrase, so only a preposition or the clause end may follow the noun.
  const after = sentence.words[number.index + 2];
  if (after && !/^(IN|TO|CC|RB)$/.test(after.tag) && document.source.slice(head.end, after.start).trim() === '') return false;
  // Digits are labels as often as counts ("its 777 plane", "a 4 to 3 vote"); only number words count.
  return NUMBER_WORDS.has(number.lower);
}

/** "a hundred", "one in a few": a number or quantity word before the determiner makes the phrase a count. */
function quantityBefore(sentence: Sentence, determiner: Word): boolean {
  const before = sentence.words[determiner.index - 1];
  return before !== undefined && (before.tag === 'CD' || /^(once|twice|per|times)$/.test(before.lower));
}

function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
