import type { ConfusionCheck } from './context.js';

/** "the principle reason" for "principal"; "in principal" for "in principle". */
export const principalPrinciple: ConfusionCheck = {
  pair: 'principal / principle',
  words: ['principle', 'principal'],
  check(context) {
    if (context.lower(0) === 'principle') {
      // "principle" names an idea; before a noun, as its modifier, the word is "principal" (main).
      if (context.joined(0, 1) && /^(NN|NNS)$/.test(context.tag(1)) && context.at(1)!.text === context.lower(1)) return { expected: 'principal', why: 'before a noun, meaning “main”', safe: false };
      return undefined;
    }
    const before = context.lower(-1);
    const idiom = ((before === 'in' || before === 'on') && context.joined(-1, 0)) || context.precededBy('matter of');
    if (idiom && (context.endsClause(0) || !/^(NN|NNS|CC)$/.test(context.tag(1)))) return { expected: 'principle', why: `in “${before} principle”`, safe: true };
    return undefined;
  },
};
