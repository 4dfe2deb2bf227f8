import type { ConfusionCheck } from './context.js';

/** "we go there everyday" for "every day": "everyday" is an adjective and needs a noun after it. */
export const everyDay: ConfusionCheck = {
  pair: 'everyday / every day',
  words: ['everyday'],
  check(context) {
    if (/^(NN|NNS|JJ|NNP|VBG)$/.test(context.tag(1)) && context.joined(0, 1)) return undefined;
    // "the everyday" is a noun; a lone word is no sentence to judge.
    if (/^(DT|PRP\$)$/.test(context.tag(-1)) || (!context.at(-1) && !context.at(1))) return undefined;
    return { expected: 'every day', why: 'as an adverb of time', safe: false };
  },
};
