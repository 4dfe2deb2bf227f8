import type { ConfusionCheck } from './context.js';
import { MODALS } from './word-classes.js';

/** "to except the offer" for "accept". */
export const acceptExcept: ConfusionCheck = {
  pair: 'accept / except',
  words: ['except'],
  check(context) {
    const before = context.lower(-1);
    const governed = context.tag(-1) === 'TO' || MODALS.has(before) || /^(don't|didn't|doesn't|not|please)$/.test(before);
    if (!governed || !context.joined(-1, 1) || !/^(DT|PRP\$|PRP)$/.test(context.tag(1)) || context.lower(1) === 'for') return undefined;
    // "everyone except the children": "except" after a pronoun or noun is the preposition.
    return { expected: 'accept', why: `as a verb after “${before}”`, safe: false };
  },
};
