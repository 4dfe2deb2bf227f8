import type { ConfusionCheck } from './context.js';

/** "Are theses figures right?" for "these": "theses" (the plural of "thesis") before a plural noun. */
export const thesesThese: ConfusionCheck = {
  pair: 'theses / these',
  words: ['theses'],
  check(context) {
    // "the theses", "her theses on trade": the noun with its own determiner.
    if (/^(DT|PRP\$|JJ|CD|POS)$/.test(context.tag(-1)) || !context.joined(0, 1) || context.tag(1) !== 'NNS') return undefined;
    return { expected: 'these', why: 'before the plural noun it points at', safe: false };
  },
};
