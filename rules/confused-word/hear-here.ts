import type { ConfusionCheck } from './context.js';
import { MODALS } from './word-classes.js';

/** "can't here you", "Did you here that?", "didn't here anything" for "hear". */
export const hearHere: ConfusionCheck = {
  pair: 'hear / here',
  words: ['here'],
  check(context) {
    let back = -1;
    while (/^(not|almost|barely|hardly|never|just|still|n't)$/.test(context.lower(back)) && back > -3) back--;
    // "Did you here that?": in a question the subject stands between the auxiliary and the verb.
    if (/^(you|i|we|they|he|she)$/.test(context.lower(back)) && context.at(back - 1)?.index === 0 && /^(do|does|did|can|could|will|would)$/.test(context.lower(back - 1))) back--;
    const before = context.lower(back);
    const governed = context.tag(back) === 'TO' || MODALS.has(before) || /^(do|does|did|don't|didn't|doesn't)$/.test(before);
    const heard = /^(you|him|her|them|us|me|the|that|about|from|what|anything|something|nothing|everything|it|this|a|an|of)$/.test(context.lower(1));
    return governed && heard && context.joined(back, 1) ? { expected: 'hear', why: `as a verb after “${before}”`, safe: false } : undefined;
  },
};
