import type { ConfusionCheck } from './context.js';

/** "the principle reason" for "principal"; "in principal" for "in principle". */
export const principalPrinciple: ConfusionCheck = {
  pair: 'principal / principle',
  words: ['principle', 'principal', 'principals'],
  check(context) {
    if (context.lower(0) === 'principle') {
      // "school principle": the head of a school is its principal.
      if (/^(school|deputy|vice|assistant|head)$/.test(context.lower(-1)) && context.joined(-1, 0)) return { expected: 'principal', why: `after “${context.lower(-1)}”`, safe: false };
      // "principle" names an idea; before a noun, as its modifier, the word is "principal" (main).
      if (context.joined(0, 1) && /^(NN|NNS)$/.test(context.tag(1)) && context.at(1)!.text === context.lower(1)) return { expected: 'principal', why: 'before a noun, meaning “main”', safe: false };
      return undefined;
    }
    const before = context.lower(-1);
    // "basic principals of liberty", "against his principals": ideas, not people.
    if (context.lower(0) === 'principals') {
      // "stick to your principals.", "true to her principals": held to, at the end of the clause.
      const heldTo = /^(his|her|their|my|our|your)$/.test(before) && (context.precededBy(`against ${before}`) || (context.precededBy(`to ${before}`) && context.endsClause(0)));
      const ideas = /^(basic|general|fundamental|core|guiding|moral|founding|democratic|first)$/.test(before) || heldTo;
      return ideas && context.joined(-1, 0) ? { expected: 'principles', why: `after “${before}”, meaning beliefs`, safe: false } : undefined;
    }
    const idiom = ((before === 'in' || before === 'on') && context.joined(-1, 0)) || context.precededBy('matter of');
    if (idiom && (context.endsClause(0) || !/^(NN|NNS|CC)$/.test(context.tag(1)))) return { expected: 'principle', why: `in “${before} principle”`, safe: true };
    return undefined;
  },
};
