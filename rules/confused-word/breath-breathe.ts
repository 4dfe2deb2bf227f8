import type { ConfusionCheck } from './context.js';
import { MODALS } from './word-classes.js';

/** "can't breath" for "breathe"; "a deep breathe" for "breath". */
export const breathBreathe: ConfusionCheck = {
  pair: 'breath / breathe',
  words: ['breath', 'breathe'],
  check(context) {
    if (context.lower(0) === 'breath') {
      const back = context.lower(-1) === 'not' ? -2 : -1;
      const governor = context.lower(back);
      const governed = context.tag(back) === 'TO' || MODALS.has(governor) || /^(don't|didn't|doesn't)$/.test(governor);
      return governed && context.joined(back, 0) ? { expected: 'breathe', why: `as a verb after “${governor}”`, safe: true } : undefined;
    }
    const before = context.lower(-1);
    if (!context.joined(-1, 0)) return undefined;
    return /^(a|the|deep|fresh|of|his|their|my|your|our|last|every)$/.test(before) ? { expected: 'breath', why: `as a noun after “${before}”`, safe: false } : undefined;
  },
};
