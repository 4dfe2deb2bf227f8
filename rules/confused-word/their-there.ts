import type { ConfusionCheck } from './context.js';
import { PREPOSITIONS } from './word-classes.js';

const COPULAS = new Set(['is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't"]);
/** Nouns of time that follow the adverb "there" ("stayed there years", "went there today"). */
const TIME_WORDS = new Set(['today', 'tomorrow', 'tonight', 'yesterday', 'years', 'months', 'weeks', 'days', 'hours', 'decades', 'times', 'morning', 'week', 'year', 'month', 'day', 'night', 'now', 'instead']);

/** "their is" for "there is", "their going to" for "they're going to", "there own" and "of they're" for "their". */
export const theirThere: ConfusionCheck = {
  pair: "their / there / they're",
  words: ['their', 'there', "they're"],
  check(context) {
    const word = context.lower(0);
    if (word === 'their') {
      if (!context.joined(0, 1)) return undefined;
      if (COPULAS.has(context.lower(1))) return { expected: 'there', why: `before “${context.lower(1)}”`, safe: true };
      if (/^(has|have|had)$/.test(context.lower(1)) && context.followedBy(`${context.lower(1)} been`)) return { expected: 'there', why: `before “${context.lower(1)} been”`, safe: true };
      if (context.followedBy('going to')) return { expected: "they're", why: 'before “going to”', safe: true };
      return undefined;
    }
    // "Companies there own the property": after a subject, "own" is the verb.
    if (context.followedBy('own') && !/^(NN|NNS|NNP|NNPS|PRP)$/.test(context.tag(-1))) return { expected: 'their', why: 'before “own”', safe: true };
    // "of there members", "in they're report", "loved there son": a possessive before a noun after a
    // preposition or a verb. "From there troops moved" is an adverb: a verb follows the noun.
    const before = context.at(-1);
    let noun = 1;
    while (/^(JJ|JJR|JJS)$/.test(context.tag(noun)) && noun < 3) noun++;
    if (!before || !/^(NN|NNS)$/.test(context.tag(noun)) || !context.joined(-1, noun) || TIME_WORDS.has(context.lower(noun))) return undefined;
    if (/^(VB|VBD|VBP|VBZ|MD)$/.test(context.tag(noun + 1)) || context.lower(noun + 1) === 'who') return undefined;
    const preposition = PREPOSITIONS.has(before.lower);
    const verb = /^VB[DPZ]?$/.test(before.tag) && !/^(be|have|do|get)$/.test(before.lemma) && (context.endsClause(noun) || /^(IN|TO|CC)$/.test(context.tag(noun + 1)));
    if (!preposition && !verb) return undefined;
    return { expected: 'their', why: `as a possessive after “${before.lower}”`, safe: false };
  },
};
