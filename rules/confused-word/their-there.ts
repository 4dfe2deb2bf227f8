import type { ConfusionCheck } from './context.js';
import { PREPOSITIONS } from './word-classes.js';

const COPULAS = new Set(['is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't"]);

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
    // "of there members", "in they're report": after a preposition only a possessive fits before a noun.
    const preposition = context.lower(-1);
    if (!PREPOSITIONS.has(preposition) || !context.joined(-1, 1) || !/^(NN|NNS|JJ)$/.test(context.tag(1))) return undefined;
    if (word === 'there' && preposition !== 'of') return undefined;
    // "because of there being…" is right.
    if (context.tag(1) === 'VBG') return undefined;
    return { expected: 'their', why: `as a possessive after “${preposition}”`, safe: false };
  },
};
