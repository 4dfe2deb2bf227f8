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
    if (time) return { expected: 'past', why: `in “${before} past ${context.lower(1)}”`, safe: false };
    // "in the passed": the noun is "the past".
    if (context.precededBy('in the') && context.endsClause(0)) return { expected: 'past', why: 'in “in the past”', safe: true };
    // "walked passed the school": after a verb of motion, the preposition is "past".
    if (/^(walk|walked|walking|ran|run|running|drove|drive|driving|went|go|going|flew|sailed|rushed|hurried|moved|raced|sped|cycled|strolled|marched)$/.test(before) && /^(the|a|an|his|her|their|my|our|them|him|me|us)$/.test(context.lower(1)) && context.joined(-1, 1)) {
      return { expected: 'past', why: `after “${before}”`, safe: false };
    }
    return undefined;
  },
};
