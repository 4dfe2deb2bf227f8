import { spokenBand } from '../../src/model/spoken-frequency.js';
import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import type { Confusion, WordContext } from './context.js';
import { lastTwoLettersChanged, oneEditAway } from './one-edit-away.js';

/** Articles and possessives: a noun phrase follows them ("her" is left out: "let her go"). */
const NOUN_OPENERS = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'its', 'our', 'their']);
/** Readings of a word that is only ever a verb form that cannot head a noun phrase. */
const FINITE_OR_BARE = /^(VB|VBP|VBZ|VBD)$/;
/** A replacement as common as this at least (one word in about 2^16 of speech): a noun a writer meant, not a rarity. */
const COMMON_BAND = 10;

/**
 * Strings the noun a verb-only word stands for may be spelt as: the verb with its ending changed, one edit
 * or its last two letters away ("complain"/"complaint", "prove"/"proof"), or with a
 * stray first letter ("the other send of" → "end"). A change further in makes another word
 * ("serve"/"nerve"), not a slip for it.
 */
function nounSpellings(word: string): Set<string> {
  const stem = word.slice(0, -2);
  const spellings = [...oneEditAway(word), ...lastTwoLettersChanged(word)].filter((text) => text.startsWith(stem));
  return new Set([...spellings, word.slice(1)]);
}

/**
 * Whether the lexicon knows the word as a noun by its other number, so the word is a noun in a sense the
 * lexicon lacks: a plural whose singular is a noun ("the heats of the 60m", "her snaps", "the choirs"), a
 * singular whose plural is ("the right-hand stalk").
 */
function nounStem(lower: string): boolean {
  if (!lower.endsWith('s')) return lexicalTags(`${lower}s`).includes('NNS');
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return lexicalTags(singular).includes('NN');
}

/**
 * Whether a word's readings are all verb forms that cannot head a noun phrase. A bare form the lexicon
 * lists without its present-tense reading is a rare verb whose noun the lexicon lacks ("email", "mend").
 */
function onlyVerb(tags: readonly string[]): boolean {
  if (tags.length === 0 || !tags.every((tag) => FINITE_OR_BARE.test(tag))) return false;
  return tags.includes('VBZ') || tags.includes('VBD') || tags.includes('VBP');
}

const verdicts = new Map<string, readonly string[]>();

/** Common nouns, commonest first, that a verb-only word is likely a slip for; `[]` when it can be a noun itself. */
function nounsFor(lower: string): readonly string[] {
  let nouns = verdicts.get(lower);
  if (nouns === undefined) {
    const own = lexicalTags(lower);
    nouns = !onlyVerb(own) || nounStem(lower) ? [] : [...nounSpellings(lower)]
      .map((text) => ({ text, band: spokenBand(text) }))
      .filter(({ text, band }) => band >= COMMON_BAND && /^NNS?$/.test(lexicalTags(text)[0] ?? ''))
      .sort((a, b) => b.band - a.band || (a.text < b.text ? -1 : 1))
      .map(({ text }) => text);
    // Bounded so that a long-running server does not grow the memo without end.
    if (verdicts.size < 50_000) verdicts.set(lower, nouns);
  }
  return nouns;
}

/**
 * A word that is only ever a verb heading a noun phrase after an article or possessive (and perhaps an
 * adjective), where the phrase then ends, close in spelling to a common noun: "their prove is", "a common
 * complain among", "the other send of the scale".
 */
export function verbAsNoun(context: WordContext): Confusion | undefined {
  const word = context.word;
  if (!NOUN_OPENERS.has(context.lower(-1)) && !NOUN_OPENERS.has(context.lower(-2))) return undefined;
  if (!/^\p{Ll}+$/u.test(word.text)) return undefined;
  // "the Japanese marry": a capitalised adjective after an article is a people, and the verb is theirs.
  // "The same goes for": "same" heads the phrase and the verb is its own.
  const adjective = context.tag(-1) === 'JJ' && context.at(-1)!.text === context.lower(-1) && context.lower(-1) !== 'same';
  const opener = NOUN_OPENERS.has(context.lower(-1)) ? -1 : adjective && NOUN_OPENERS.has(context.lower(-2)) ? -2 : 0;
  if (opener === 0 || !context.joined(opener, 0)) return undefined;
  const next = context.tag(1);
  // "with the ran...": text cut off mid-phrase is not a phrase that ends.
  if (/^\s*(\.\.\.|…)/.test(context.textAfter(0))) return undefined;
  if (!(context.endsClause(0) || /^(IN|TO|MD|CC|VBZ|VBD|VBP)$/.test(next))) return undefined;
  const [expected, ...alternatives] = nounsFor(word.lower);
  return expected ? { expected, alternatives: alternatives.slice(0, 2), why: `where a noun belongs, after “${context.lower(opener)}”`, safe: false } : undefined;
}
