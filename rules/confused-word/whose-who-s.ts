import type { ConfusionCheck } from './context.js';

/** "whose been" for "who's been"; "the man who's car" for "whose car". */
export const whoseWhoS: ConfusionCheck = {
  pair: "whose / who's",
  words: ['whose', "who's"],
  check(context) {
    if (context.lower(0) === 'whose') {
      if (context.followedBy('been') || context.followedBy('going to')) return { expected: "who's", why: `before “${context.lower(1)}”`, safe: true };
      // "Whose the boss?", "Whose on first?": "whose" is a determiner, so an article or preposition cannot follow it.
      if (context.joined(0, 1) && (/^(the|a|an)$/.test(context.lower(1)) || (context.tag(1) === 'IN' && context.lower(1) !== 'of'))) return { expected: "who's", why: `before “${context.lower(1)}”`, safe: false };
      return undefined;
    }
    // "by who's standards": after a preposition, before a noun, only the possessive fits.
    if (/^(by|of|to|with|in|on|for|from|about)$/.test(context.lower(-1)) && /^(NN|NNS)$/.test(context.tag(1)) && context.joined(-1, 1)) return { expected: 'whose', why: `as a possessive after “${context.lower(-1)}”`, safe: false };
    // "who's car was stolen": a noun and then a verb make "who's" the possessive.
    let offset = 1;
    while (/^(JJ|JJR|JJS)$/.test(context.tag(offset)) && context.joined(0, offset)) offset++;
    if (!/^(NN|NNS)$/.test(context.tag(offset)) || !context.joined(0, offset) || context.lower(offset) === 'who') return undefined;
    if (!/^(VBZ|VBD|VBP|MD|PRP)$/.test(context.tag(offset + 1)) || !context.joined(offset, offset + 1)) return undefined;
    return { expected: 'whose', why: `before the noun “${context.lower(offset)}”`, safe: false };
  },
};
