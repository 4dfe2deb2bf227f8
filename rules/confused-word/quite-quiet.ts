import type { ConfusionCheck } from './context.js';

/** "quiet a few" for "quite"; "keep quite" for "quiet". */
export const quiteQuiet: ConfusionCheck = {
  pair: 'quite / quiet',
  words: ['quiet', 'quite'],
  check(context) {
    if (context.lower(0) === 'quiet') {
      // "quiet a few", "that's quiet a list": a degree word before "a", which the adjective "quiet" cannot be
      // ("children who are quiet a lot of the time" is the adjective, so "a lot" after "be" is left alone).
      const afterBe = /^(is|are|was|were|be|been|being|very|so|too|stay|stayed|kept|keep)$/.test(context.lower(-1));
      const article = /^(a|an)$/.test(context.lower(1)) && (!afterBe || /^(few|number|bit|while|long)$/.test(context.lower(2)));
      const adverb = /^(often|sure|likely|possibly|different|similar|simply|frankly|rightly|clearly)$/.test(context.lower(1));
      return (article || adverb) && context.joined(0, 1) ? { expected: 'quite', why: `before “${context.lower(1)}”`, safe: false } : undefined;
    }
    const still = /^(be|keep|keeps|kept|keeping|stay|stays|stayed|staying|remain|remained|very|fell|went|gone)$/.test(context.lower(-1)) && context.joined(-1, 0) && context.endsClause(0);
    return still ? { expected: 'quiet', why: `after “${context.lower(-1)}”`, safe: false } : undefined;
  },
};
