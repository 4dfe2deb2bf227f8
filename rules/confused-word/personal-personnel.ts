import type { ConfusionCheck } from './context.js';

/** "authorised personal only", "director of personal" for "personnel". */
export const personalPersonnel: ConfusionCheck = {
  pair: 'personal / personnel',
  words: ['personal'],
  check(context) {
    const before = context.lower(-1);
    // "personal" is an adjective: at a clause end, or before "only", it has no noun to qualify.
    const noNoun = context.endsClause(0) || !context.at(1) || context.lower(1) === 'only';
    const staff = /^(authorised|authorized|military|security|medical|emergency|key|essential|unauthorised|unauthorized|of)$/.test(before);
    return staff && noNoun && context.joined(-1, 0) ? { expected: 'personnel', why: `after “${before}”, meaning staff`, safe: false } : undefined;
  },
};
