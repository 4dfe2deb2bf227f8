import type { ConfusionCheck } from './context.js';

/** "quiet a few" for "quite"; "keep quite" for "quiet". */
export const quiteQuiet: ConfusionCheck = {
  pair: 'quite / quiet',
  words: ['quiet', 'quite'],
  check(context) {
    if (context.lower(0) === 'quiet') {
      const degree = (/^(a|an)$/.test(context.lower(1)) && /^(few|lot|bit|while|number|long|different)$/.test(context.lower(2))) || /^(often|sure|likely|possibly|different|similar|simply|frankly|rightly|clearly)$/.test(context.lower(1));
      // "children who are quiet a lot of the time": after "be", "quiet" is the adjective.
      const adjective = /^(is|are|was|were|be|been|being|very|so|too|stay|stayed|kept|keep)$/.test(context.lower(-1));
      return degree && !adjective && context.joined(0, 1) ? { expected: 'quite', why: `before “${context.lower(1)}”`, safe: false } : undefined;
    }
    const still = /^(keep|keeps|kept|keeping|stay|stays|stayed|staying|remain|remained|very|fell|went|gone)$/.test(context.lower(-1)) && context.joined(-1, 0) && context.endsClause(0);
    return still ? { expected: 'quiet', why: `after “${context.lower(-1)}”`, safe: false } : undefined;
  },
};
