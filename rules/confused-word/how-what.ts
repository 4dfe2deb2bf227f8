import type { ConfusionCheck } from './context.js';

/** "How is the new office like?" for "What is … like?": "like" already asks for the manner. */
export const howWhat: ConfusionCheck = {
  pair: 'how / what',
  words: ['how', "how's"],
  check(context) {
    if (context.at(-1) !== undefined) return undefined;
    const contracted = context.lower(0) === "how's";
    if (!contracted && !/^(is|are|was|were)$/.test(context.lower(1))) return undefined;
    // The question must end on "like": "How is it going, like?" has a comma before it and asks something else.
    const words = context.sentenceWords;
    const last = words.length - 1 - context.word.index;
    if (last < 2 || context.lower(last) !== 'like' || !context.textAfter(last).includes('?') || !context.joined(last - 1, last)) return undefined;
    return { expected: contracted ? "what's" : 'what', why: 'in a question that ends on “like”', safe: true };
  },
};
