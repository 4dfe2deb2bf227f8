import type { ConfusionCheck } from './context.js';
import { PREPOSITIONS } from './word-classes.js';

/** "your going to" for "you're"; "you're own" for "your". */
export const yourYouRe: ConfusionCheck = {
  pair: "your / you're",
  words: ['your', "you're"],
  check(context) {
    if (context.lower(0) === 'your') {
      if (context.followedBy('going to') || context.followedBy('not') || (context.followedBy('welcome') && context.endsClause(1))) {
        return { expected: "you're", why: `before “${context.lower(1)}”`, safe: true };
      }
      if (/^(a|an|the)$/.test(context.lower(1)) && context.joined(0, 1)) return { expected: "you're", why: `before “${context.lower(1)}”`, safe: false };
      return undefined;
    }
    if (context.followedBy('own')) return { expected: 'your', why: 'before “own”', safe: true };
    if (PREPOSITIONS.has(context.lower(-1)) && context.joined(-1, 1) && /^(NN|NNS|JJ)$/.test(context.tag(1))) return { expected: 'your', why: `as a possessive after “${context.lower(-1)}”`, safe: false };
    return undefined;
  },
};
