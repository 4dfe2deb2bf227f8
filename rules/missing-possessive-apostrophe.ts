import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { adjacent } from './english/gaps.js';
import { INVARIABLE_NOUNS, pluralOf } from './english/noun-countability.js';
import {
  BARE_POSSESSIVES, DEGREE_NOUNS, DESCRIPTIVE_HEADS, DEGREE_POSSESSIVES, IRREGULAR_PLURAL_POSSESSIVES, IRREGULAR_SINGULARS, TIME_UNITS, isCapitalisedPossessor, isPossessor,
} from './english/possessor-nouns.js';

/** `missing-possessive-apostrophe` has no options. */
export type Options = Record<string, never>;

/** Determiners that open a noun phrase whose first noun may be a possessive ("the", "his", "this"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'every', 'each', 'my', 'your', 'his', 'her', 'its', 'our', 'their']);
/** Determiners that name one thing: the possessive they open is singular ("this year's", "a referee's", "each player's"). */
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'this', 'that', 'every', 'each', 'last', 'next']);
/** Determiners that never go with a plural, so a plural after them cannot be a subject ("a minutes silence"). */
const NON_PLURAL_DETERMINERS = new Set(['a', 'an', 'this', 'every', 'each']);
/**
 * Determiners before "the children toys": those a plural owner takes, and "a" or "this" ("a children
 * book"), which can only determine the possessed noun. "each children" is more likely "each child".
 */
const PLURAL_OWNER_DETERMINERS = new Set(['the', 'these', 'those', 'my', 'your', 'his', 'her', 'our', 'their', 'a', 'an', 'this']);
/** Endings of nouns for people ("leader", "veteran", "trainee", "graduate"): "women leaders" is a sound attributive use. */
const PERSON_ENDING = /(er|or|ist|an|ant|ent|ee|ive|ate)$/;
/** Words that count what follows them: "many tomorrows" is a plural, not a possessive. */
const QUANTIFIERS = new Set(['many', 'several', 'few', 'all', 'some', 'no', 'these', 'those', 'other', 'countless']);
/** Words that make a counted unit of time plural ("two years' time", "a few weeks' time"). */
const COUNTING_WORDS = new Set(['few', 'several', 'many', 'couple']);
// Readings that make a word a function word or an adverb rather than a noun ("the papers today", "his songs half").
const CLOSED_CLASS = /^(RB|RBR|RBS|IN|DT|PDT|PRP|PRP\$|CC|WDT|WP|WRB|MD|CD|TO|EX|UH|RP)$/;
// Prepositions that cannot open a clause, so "in the ducks park" can only be a noun phrase.
const PREPOSITIONS = new Set('of in on at with from by into onto about over under through during without within between among against towards toward across behind beside near upon inside outside throughout'.split(' '));
// Verbs that take two objects: "gave the players money" is sound without an apostrophe.
const TWO_OBJECT_VERBS = new Set('give offer send pay owe cost save show tell teach bring buy lend hand grant deny award promise sell leave allow wish charge fine earn win get make find cook feed serve'.split(' '));

/** One bare possessive and its replacements. */
interface Finding {
  word: Word;
  noun: Word;
  expected: string[];
}

/**
 * A possessive written without its apostrophe: "the presidents speech" (president's), "the cats
 * tail", "my masters dissertation", "the childrens ward", "in two years time" (years'). The regular
 * case needs a determiner, a plural of a noun that commonly owns things (people, animals, teams,
 * companies, units of time; see possessor-nouns.ts), and a singular noun right after it that cannot be
 * read as the plural's verb. Nouns for things are left out, as their plurals modify nouns freely ("a
 * drugs test", "the sales team").
 */
export const missingPossessiveApostrophe: Rule<Options> = {
  meta: {
    id: 'missing-possessive-apostrophe',
    kind: 'punctuation',
    description: 'A possessive without its apostrophe ("the presidents speech", "the childrens ward", "two years time")',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: {
      either: 'Unexpected “{{actual}}” before “{{noun}}”, expected the possessive “{{singular}}” (one) or “{{plural}}” (several)',
      possessive: 'Unexpected “{{actual}}” before “{{noun}}”, expected the possessive “{{expected}}”',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        const { words } = sentence;
        for (let i = 0; i + 1 < words.length; i++) {
          const word = words[i]!;
          // Nearly every word fails here: only words ending in "s" and three irregular plurals can lack a possessive.
          const irregular = IRREGULAR_PLURAL_POSSESSIVES.has(word.lower);
          if ((!irregular && word.lower.charCodeAt(word.lower.length - 1) !== 115) || /['’]/.test(word.text)) continue;
          const finding = irregular ? irregularPluralPossessive(document, sentence, i) :
            bareLexicalPossessive(document, sentence, i) ?? countedTime(document, sentence, i) ?? misspeltPossessive(document, sentence, i) ?? bareRegularPossessive(document, sentence, i);
          if (!finding) continue;
          // Copy set with typographic apostrophes gets one in the replacement too.
          if (typographic(document)) finding.expected = finding.expected.map((text) => text.replace(/'/g, '’'));
          const [first, second] = finding.expected;
          const data: Record<string, string> = second === undefined
            ? { actual: word.text, noun: finding.noun.text, expected: first! }
            : { actual: word.text, noun: finding.noun.text, singular: first!, plural: second };
          context.report({ messageId: second === undefined ? 'possessive' : 'either', data, node: word, actual: word.text, expected: finding.expected, safe: false });
        }
      },
    };
  },
};

/** "childrens ward", "todays match", "masters dissertation": forms that are possessives wherever they stand before a noun. */
function bareLexicalPossessive(document: NewsDocument, sentence: Sentence, i: number): Finding | undefined {
  const word = sentence.words[i]!;
  const next = sentence.words[i + 1]!;
  if (!adjacent(document, word, next)) return undefined;
  const degree = DEGREE_POSSESSIVES.get(word.lower);
  if (degree !== undefined) return DEGREE_NOUNS.has(next.lower) ? { word, noun: next, expected: [styled(degree, word.text)] } : undefined;
  const possessive = BARE_POSSESSIVES.get(word.lower);
  // "mens rea" is the law's Latin for a guilty mind.
  if (possessive === undefined || next.lower === 'rea' || !startsNounPhrase(next)) return undefined;
  // "many tomorrows", "all our yesterdays": counted or owned, they are plural nouns.
  const before = sentence.words[i - 1];
  if (before !== undefined && (/^(JJ|CD|PRP\$)$/.test(before.tag) || QUANTIFIERS.has(before.lower))) return undefined;
  return { word, noun: next, expected: [styled(possessive, word.text)] };
}

/**
 * "The children toys were scattered", "the women dress was long": a determiner, "children", "women" or
 * "men", then a lower-case noun for a thing. Nouns for people ("women workers", "the men players"), group
 * heads ("the women staff"), a verb before the determiner ("bought the children toys") and a noun that may
 * be the plural's verb ("the women dress well", "where the children work is noisy") are left alone unless a
 * finite verb follows a phrase that opens the sentence or follows a preposition.
 */
function irregularPluralPossessive(document: NewsDocument, sentence: Sentence, i: number): Finding | undefined {
  const word = sentence.words[i]!;
  const determiner = sentence.words[i - 1];
  const noun = sentence.words[i + 1]!;
  if (word.text !== word.lower || determiner === undefined || !PLURAL_OWNER_DETERMINERS.has(determiner.lower) || !adjacent(document, determiner, word)) return undefined;
  // "bought the children toys" has two objects; "wrote a children book" cannot, as "a" does not go with "children".
  const single = NON_PLURAL_DETERMINERS.has(determiner.lower);
  if ((!single && sentence.words[i - 2]?.tag.startsWith('VB')) || /^['’]/.test(document.source.slice(word.end, word.end + 1))) return undefined;
  // The owned phrase: lower-case nouns in a row ("the women rights group", "the women cabinet ministers").
  let last = i;
  while (last + 1 < sentence.words.length && isOwnedNoun(sentence.words[last + 1]!) && adjacent(document, sentence.words[last]!, sentence.words[last + 1]!)) last++;
  if (last === i) return undefined;
  const nouns = sentence.words.slice(i + 1, last + 1);
  if (nouns.some((each) => namesPeopleOrGroup(each))) return undefined;
  const after = sentence.words[last + 1];
  const finiteAfter = after !== undefined && /^(VBZ|VBD|MD)$/.test(after.tag);
  // "the children sleep", "the women dress well", "where the children work is noisy": a singular noun that is
  // also a verb may be the plural's verb, unless a finite verb follows a phrase that opens the sentence or
  // follows a preposition, where no clause can start.
  const opener = sentence.words[i - 2];
  const phraseOnly = single || (finiteAfter && (opener === undefined || PREPOSITIONS.has(opener.lower)));
  if (noun.tag === 'NN' && lexicalTags(noun.lower).some((tag) => tag === 'VB' || tag === 'VBP') && !phraseOnly) return undefined;
  return { word, noun, expected: [IRREGULAR_PLURAL_POSSESSIVES.get(word.lower)!] };
}

/** A lower-case noun with no reading as a function word or adverb ("toys", not "home" or "today"). */
function isOwnedNoun(word: Word): boolean {
  if (!/^(NN|NNS)$/.test(word.tag) || word.text !== word.lower) return false;
  const readings = lexicalTags(word.lower);
  return readings.some((tag) => tag === 'NN' || tag === 'NNS') && !readings.some((tag) => CLOSED_CLASS.test(tag) || tag === 'JJ');
}

/** Whether a noun names people or a group of them, which "women" and "children" modify freely ("women voters", "the women staff"). */
function namesPeopleOrGroup(noun: Word): boolean {
  const singular = noun.tag === 'NNS' ? noun.lemma : noun.lower;
  return isPossessor(singular) || PERSON_ENDING.test(singular) || INVARIABLE_NOUNS.has(noun.lower) || DESCRIPTIVE_HEADS.has(singular);
}

/** "in two years time", "a few weeks time": a counted stretch of time measures "time" with a plural possessive. */
function countedTime(document: NewsDocument, sentence: Sentence, i: number): Finding | undefined {
  const word = sentence.words[i]!;
  const next = sentence.words[i + 1]!;
  const before = sentence.words[i - 1];
  if (next.lower !== 'time' || !TIME_UNITS.has(word.lemma) || word.lemma === word.lower || before === undefined) return undefined;
  const counted = (before.tag === 'CD' && !/^(one|1)$/.test(before.lower)) || COUNTING_WORDS.has(before.lower) || (before.lower === 'of' && sentence.words[i - 2]?.lower === 'couple');
  const after = sentence.words[i + 2];
  // "a two weeks time limit": "time" is itself a modifier there, not the measured stretch.
  if (!counted || !adjacent(document, word, next) || (after !== undefined && /^NNS?$/.test(after.tag) && adjacent(document, next, after))) return undefined;
  return { word, noun: next, expected: [`${word.text}'`] };
}

/** "the presidents speech", "the cats tail is long": determiner, plural of an owner noun, singular noun. */
function bareRegularPossessive(document: NewsDocument, sentence: Sentence, i: number): Finding | undefined {
  const word = sentence.words[i]!;
  const determiner = sentence.words[i - 1];
  const noun = sentence.words[i + 1]!;
  const owner = word.lower.endsWith('ss') ? undefined : singularOf(word);
  if (determiner === undefined || owner === undefined) return undefined;
  if (!DETERMINERS.has(determiner.lower) && !(TIME_UNITS.has(owner) && /^(last|next)$/.test(determiner.lower))) return undefined;
  if ((word.text === word.lower && !isPossessor(owner)) || !adjacent(document, determiner, word) || !adjacent(document, word, noun)) return undefined;
  // "familys" is no plural (the lexicon's is "families"): misspeltPossessive reads it.
  const plural = pluralOf(owner);
  if ((plural !== undefined && plural !== word.lower) || !possessedNoun(sentence, i, owner, determiner)) return undefined;
  const singular = styled(`${owner}'s`, word.text);
  if (SINGULAR_DETERMINERS.has(determiner.lower)) return { word, noun, expected: [singular] };
  return { word, noun, expected: [singular, `${word.text}'`] };
}

/** Whether the word after the plural at `i` can only be a noun it owns, not a modified noun, a verb or a new subject. */
function possessedNoun(sentence: Sentence, i: number, owner: string, determiner: Word): boolean {
  const noun = sentence.words[i + 1]!;
  if (noun.tag !== 'NN' || noun.text !== noun.lower || DESCRIPTIVE_HEADS.has(noun.lower)) return false;
  const readings = lexicalTags(noun.lower);
  if (!readings.includes('NN') || readings.some((tag) => CLOSED_CLASS.test(tag))) return false;
  const opener = sentence.words[i - 2];
  // "gave the players money": two objects, no possessive.
  if (opener !== undefined && opener.tag.startsWith('VB') && TWO_OBJECT_VERBS.has(opener.lemma)) return false;
  const after = sentence.words[i + 2];
  // "the whales beach when…", "the fans cheer him": what follows shows the noun at work as a verb; "arm in arm" is an idiom.
  if (after !== undefined && (/^(DT|PRP|PRP\$|WRB)$/.test(after.tag) || sentence.words[i + 3]?.lower === noun.lower)) return false;
  const finiteAfter = after !== undefined && /^(VBZ|VBD|MD)$/.test(after.tag);
  const governed = opener !== undefined && PREPOSITIONS.has(opener.lower);
  // "Among the players confidence is high", "Over the years inflation rose": a phrase put first may end at
  // the plural, and the noun after it be the subject of what follows.
  if (governed && (finiteAfter || (TIME_UNITS.has(owner) && determiner.lower === 'the'))) return false;
  // "the companies bidding on it" is a participle; "the judges ruling was final" a noun, as its verb shows.
  if (noun.lower.endsWith('ing') && !finiteAfter) return false;
  // "the fans love him", "the players strike": the noun may be the plural's verb unless the phrase sits
  // after a preposition, a determiner that cannot go with a plural ("a minutes silence") comes first, or a
  // finite verb follows ("the cats tail is long").
  const verbal = readings.some((tag) => tag === 'VB' || tag === 'VBP');
  return !verbal || governed || finiteAfter || NON_PLURAL_DETERMINERS.has(determiner.lower);
}

/**
 * "the companys profits", "the childs toy": a bare "s" on a noun whose plural is not made so ("companies",
 * "children") is a possessive, when the word is no word of its own ("mans" is a verb, "persons" a plural).
 */
function misspeltPossessive(document: NewsDocument, sentence: Sentence, i: number): Finding | undefined {
  const word = sentence.words[i]!;
  const determiner = sentence.words[i - 1];
  const noun = sentence.words[i + 1]!;
  const owner = word.lower.slice(0, -1);
  if (!(/[^aeiou]y$/.test(owner) || IRREGULAR_SINGULARS.has(owner)) || determiner === undefined || !DETERMINERS.has(determiner.lower)) return undefined;
  if (lexicalTags(word.lower).length > 0 || !lexicalTags(owner).includes('NN')) return undefined;
  // "Kittys playing": a misspelt plural before a verb; a possessive governs a noun.
  if (!/^(NN|NNS|JJ)$/.test(noun.tag) || !adjacent(document, word, noun) || !startsNounPhrase(noun)) return undefined;
  return { word, noun, expected: [styled(`${owner}'s`, word.text)] };
}

/**
 * The singular of a plural noun, or undefined. A capitalised plural after a determiner is mostly a name
 * ("the Rangers manager"), so only titles and party members count there ("the Ministers decision"),
 * however it was tagged.
 */
function singularOf(word: Word): string | undefined {
  if (word.text === word.lower) return word.tag === 'NNS' && word.lemma !== word.lower ? word.lemma : undefined;
  const singular = word.tag === 'NNS' ? word.lemma : word.lower.replace(/ies$/, 'y').replace(/s$/, '');
  return singular !== word.lower && isCapitalisedPossessor(singular) ? singular : undefined;
}

/** Whether a word can open the noun phrase a possessive governs ("ward", "football", "big"), not a function word. */
function startsNounPhrase(word: Word): boolean {
  const readings = lexicalTags(word.lower);
  if (readings.some((tag) => CLOSED_CLASS.test(tag) && tag !== 'RB')) return false;
  return /^(NN|NNS|NNP|NNPS|JJ|JJR|JJS|VBG)$/.test(word.tag) || readings.some((tag) => tag === 'NN' || tag === 'NNS' || tag === 'JJ');
}

/** Whether the copy writes its apostrophes ’ rather than ' (counted once per document). */
function typographic(document: NewsDocument): boolean {
  return document.shared('apostrophe-style', (shared) => {
    const curly = shared.source.split('’').length;
    return curly > shared.source.split("'").length;
  });
}

/** A replacement in the capital of the word it replaces. */
function styled(replacement: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
