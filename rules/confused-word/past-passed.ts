import type { ConfusionCheck } from './context.js';

/** "has past the Senate" for "passed"; "over the passed week" for "past". */
export const pastPassed: ConfusionCheck = {
  pair: 'past / passed',
  words: ['past', 'passed'],
  check(context) {
    const before = context.lower(-1);
    if (context.lower(0) === 'past') {
      const perfect = /^(has|have|had|having)$/.test(before) && context.joined(-1, 1) && /^(DT|IN|PRP\$|RB|NNP)$/.test(context.tag(1));
      return perfect ? { expected: 'passed', why: `as a participle after “${before}”`, safe: false } : undefined;
    }
    const time = /^(the|this|these)$/.test(before) && /^(week|weeks|year|years|month|months|decade|decades|few|two|three|day|days)$/.test(context.lower(1)) && context.joined(-1, 1);
    return time ? { expected: 'past', why: `in “${before} past ${context.lower(1)}”`, safe: false } : undefined;
  },
};
