import type { ConfusionCheck } from './context.js';
import { MODALS } from './word-classes.js';

/** "can't here you" for "hear". */
export const hearHere: ConfusionCheck = {
  pair: 'hear / here',
  words: ['here'],
  check(context) {
    const before = context.lower(-1);
    const governed = context.tag(-1) === 'TO' || MODALS.has(before) || /^(don't|didn't|doesn't)$/.test(before);
    const heard = /^(you|him|her|them|us|me|the|that|about|from|what)$/.test(context.lower(1));
    return governed && heard && context.joined(-1, 1) ? { expected: 'hear', why: `as a verb after “${before}”`, safe: false } : undefined;
  },
};
