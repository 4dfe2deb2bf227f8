import type { ConfusionCheck } from './context.js';
import { MODALS } from './word-classes.js';

/** "can't breath" for "breathe"; "a deep breathe" for "breath". */
export const breathBreathe: ConfusionCheck = {
  pair: 'breath / breathe',
  words: ['breath', 'breathe'],
  check(context) {
    const before = context.lower(-1);
    if (!context.joined(-1, 0)) return undefined;
    if (context.lower(0) === 'breath') {
      return context.tag(-1) === 'TO' || MODALS.has(before) || /^(don't|didn't|doesn't)$/.test(before) ? { expected: 'breathe', why: `as a verb after “${before}”`, safe: true } : undefined;
    }
    return /^(a|the|deep|fresh|of|his|their|my|your|our|last|every)$/.test(before) ? { expected: 'breath', why: `as a noun after “${before}”`, safe: false } : undefined;
  },
};
