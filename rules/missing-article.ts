import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { COUNT_NOUNS, COUNT_NOUNS_AFTER_ADJECTIVE, PERSON_NOUNS } from './english/count-nouns.js';
import { adjacent } from './english/gaps.js';

/** `missing-article` has no options. */
export type Options = Record<string, never>;

const ADJECTIVE = /^(JJ|JJR|VBN)$/;
/** The verb forms `readsAsVerb` judges. */
const VERB_FORMS = new Set(['VB', 'VBP', 'VBZ', 'VBD']);
// A form of "be", contractions after a pronoun included ("you're"; "John's" may be a possessive).
const COPULA = /^(am|is|are|was|were|be|been|being|['’](s|re|m)|(it|he|she|that|there|what|who|you|we|they|i)['’](s|re|m))$/;
// A verb that takes a bare noun as its complement ("became captain", "was named winner", "turned
// professional", "emerged victor") or a bare infinitive that can look like a noun ("helped plan").
const BARE_COMPLEMENT_VERBS = new Set(
  'become remain stay turn emerge finish end return stand serve act pose appear seem look feel sound prove die live retire start begin name elect appoint crown declare proclaim choose vote make let help see hear watch have go come'.split(' '),
);
// Quantity words read as adjectives that take a mass noun: "had little choice", "need more time".
const QUANTITY = /^(several|many|few|various|numerous|multiple|countless|little|less|least|much|more|most|enough|sufficient|further|plenty|considerable|ample|same|other|own|next|last|first|second|third|fourth|fifth|only|entire|whole|such|half|double|single)$/;
// Verbs whose object may be a clause that starts with a bare noun: "said meeting with him was useful".
const CLAUSE_VERBS = new Set('say claim argue suggest add insist admit deny believe think hope fear expect know warn predict state explain confirm mean please'.split(' '));
const AFTER_NOUN = /^(IN|RB|TO)$/;
// Words of place and time that end a phrase though tagged adjectives or nouns: "hid toy nearby".
const CLOSING_WORDS = /^(nearby|outside|inside|overseas|abroad|home|downstairs|upstairs|today|yesterday|tomorrow|tonight)$/;

/**
 * A singular count noun with no determiner: "please provide detailed report" (a detailed report), "the
 * bird built nest in the tree", "He is good boy". The noun is one English counts and does not use bare
 * (COUNT_NOUNS); it must close its phrase (sentence end, punctuation, a preposition or an adverb),
 * come straight after the verb or after adjectives, and the verb must not take bare complements
 * ("became captain", "was named winner"). After "is"/"are" only people with an adjective are read
 * ("is great golfer"), as "is key" or "is president" are sound. Headlines drop articles and are skipped.
 */
export const missingArticle: Rule<Options> = {
  meta: {
    id: 'missing-article',
    kind: 'grammar',
    description: 'A singular count noun with no article ("provide detailed report", "built nest in the tree")',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: {
      'missing-article': 'Missing article before “{{phrase}}”, expected “{{article}} {{phrase}}”',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        const role = document.paragraphs[sentence.paragraphIndex]?.role;
        if (role === 'headline' || role === 'heading' || role === 'caption') return;
        for (const verb of sentence.words) {
          const phrase = bareObject(document, sentence, verb);
          if (phrase === undefined) continue;
          const range = { start: phrase.first.start, end: phrase.noun.end };
          const text = document.textOf(range);
          const article = articleFor(phrase.first.lower);
          context.report({ messageId: 'missing-article', data: { phrase: text, article }, range, actual: text, expected: [`${article} ${text}`], safe: false });
        }
      },
    };
  },
};

/** The bare noun phrase after `verb` that needs an article: its first word and its head noun. */
function bareObject(document: NewsDocument, sentence: Sentence, verb: Word): { first: Word; noun: Word } | undefined {
  if (verb.quoted) return undefined;
  const copula = COPULA.test(verb.lower);
  if (!copula && (BARE_COMPLEMENT_VERBS.has(verb.lemma) || CLAUSE_VERBS.has(verb.lemma) || !readsAsVerb(document, sentence, verb))) return undefined;
  const words = sentence.words;
  let k = verb.index + 1;
  let previous = verb;
  const next = () => {
    const word = words[k];
    return word !== undefined && adjacent(document, previous, word) ? word : undefined;
  };
  const first = next();
  if (first === undefined) return undefined;
  let adjectives = 0;
  for (let word = next(); word !== undefined; word = next()) {
    // "more detailed", "really simple": a degree word before an adjective.
    const degree = (word.lower === 'more' || word.tag === 'RB') && ADJECTIVE.test(words[k + 1]?.tag ?? '');
    if (!degree && !ADJECTIVE.test(word.tag)) break;
    // "was named player of the year": a passive, not an adjective.
    if (copula && word.tag === 'VBN') return undefined;
    // "had little choice", "for the first time": quantities and ordinals go with bare nouns.
    if (!degree && QUANTITY.test(word.lower)) return undefined;
    if (!degree) adjectives++;
    previous = word;
    k++;
  }
  let noun: Word | undefined;
  for (let word = next(); word !== undefined && word.tag === 'NN'; word = next()) {
    noun = previous = word;
    k++;
  }
  if (noun === undefined || /^[A-Z]/.test(noun.text) || /^[A-Z]/.test(first.text)) return undefined;
  const after = words[k];
  const closes = after === undefined || /^[.,;:!?)]/.test(document.source.slice(noun.end, after.start).trim()) || (adjacent(document, noun, after) && (AFTER_NOUN.test(after.tag) || CLOSING_WORDS.test(after.lower)));
  if (!closes || verbFollows(document, sentence, k)) return undefined;
  const known = copula
    ? PERSON_NOUNS.has(noun.lower) && adjectives > 0
    : COUNT_NOUNS.has(noun.lower) || (COUNT_NOUNS_AFTER_ADJECTIVE.has(noun.lower) && adjectives > 0);
  return known ? { first, noun } : undefined;
}

const CLAUSE_BREAK = /^(because|if|when|while|that|although|though|since|after|before|so|until|unless|as|where|and|but|or)$/;

/** A finite verb follows in the same clause, so the phrase was its subject ("An injury-time dropped goal by O'Gara stole victory"). */
function verbFollows(document: NewsDocument, sentence: Sentence, from: number): boolean {
  for (let k = from; k < sentence.words.length; k++) {
    const word = sentence.words[k]!;
    if (k > from && /[,;:()—–]/.test(document.source.slice(sentence.words[k - 1]!.end, word.start))) return false;
    if (CLAUSE_BREAK.test(word.lower) || /^(WDT|WP|WRB)$/.test(word.tag)) return false;
    if (/^(VBZ|VBD|VBP|MD)$/.test(word.tag)) return true;
  }
  return false;
}

/**
 * The word works as a verb where it stands, not as a modifier inside a noun phrase ("its Walkman branded
 * phone", "the policy think tank", "a GET request", "a fully featured solution"): a base form after a
 * modal, "to", a pronoun or at the start of a command; a present form after a subject of its number;
 * a past form after a common noun or a pronoun.
 */
function readsAsVerb(document: NewsDocument, sentence: Sentence, verb: Word): boolean {
  // Only these verb forms ever read as a verb here; the rest (most words) need no look at the gap before.
  if (!VERB_FORMS.has(verb.tag)) return false;
  const before = sentence.words[verb.index - 1];
  if (before === undefined) return verb.tag === 'VB';
  if (!/^ +$/.test(document.source.slice(before.end, verb.start))) return verb.tag === 'VB' && /[.;:!?]/.test(document.source.slice(before.end, verb.start));
  switch (verb.tag) {
    case 'VB':
      // "to best them": a superlative read as a verb.
      return (/^(MD|TO|PRP)$/.test(before.tag) || /^(please|not|n't)$/.test(before.lower)) && !/^(best|worst|most|least)$/.test(verb.lower);
    case 'VBP':
      return /^(NNS|PRP)$/.test(before.tag);
    case 'VBZ':
      return /^(NN|PRP)$/.test(before.tag);
    case 'VBD':
      // "The bird built", not "a silk and chiffon beaded dress".
      return before.tag === 'PRP' || (/^(NN|NNS)$/.test(before.tag) && /^(DT|PRP\$)$/.test(sentence.words[verb.index - 2]?.tag ?? ''));
    default:
      return false;
  }
}

/** "a" or "an" by the sound of the word's spelling; the rare exceptions ("an hour", "a unit") by list. */
function articleFor(word: string): string {
  if (/^(hour|honest|honour|honor|heir)/.test(word)) return 'an';
  if (/^(uni|use|usu|eu|one|once)/.test(word)) return 'a';
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
