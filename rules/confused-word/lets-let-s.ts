import type { ConfusionCheck } from './context.js';

/** "Lets go home" for "Let's"; "It let's you search" for "lets". */
export const letsLetS: ConfusionCheck = {
  pair: "lets / let's",
  words: ['lets', "let's"],
  check(context) {
    if (context.lower(0) === 'lets') {
      // An imperative "Let's" opens its clause; "it lets you" has a subject.
      const opens = !context.at(-1) || /^(so|now|then|and|but|ok|okay)$/.test(context.lower(-1));
      const next = context.lower(1);
      return opens && (/^(VB|VBP)$/.test(context.tag(1)) || next === 'all' || next === 'just' || next === 'not') && context.joined(0, 1) ? { expected: "let's", why: 'opening a suggestion', safe: false } : undefined;
    }
    // "It let's you search": "let us you" makes no sense, so a subject's verb.
    const subject = /^(it|this|that|which|he|she|who)$/.test(context.lower(-1)) || /^(NN|NNP)$/.test(context.tag(-1));
    const object = /^(you|them|him|her|me|all|users|people|students|customers)$/.test(context.lower(1));
    return context.at(-1) && subject && object && context.joined(-1, 1) ? { expected: 'lets', why: `after “${context.lower(-1)}”`, safe: false } : undefined;
  },
};
