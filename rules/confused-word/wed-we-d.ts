import type { ConfusionCheck } from './context.js';

/** What follows "we'd": a participle of "have" or a verb of wanting ("we'd gone", "we'd love", "we'd better"). */
const AFTER_WE_D = /^(gone|been|had|done|seen|never|love|like|prefer|rather|better|have|be|need|want|expect|hoped|thought|say|go|get)$/;

/** "Wed love to", "Really, wed better hurry" for "we'd": the verb "wed" takes a partner, not another verb. */
export const wedWeD: ConfusionCheck = {
  pair: "wed / we'd",
  words: ['wed'],
  check(context) {
    // "Wed 5 May" is a weekday; "the couple wed in June" has its subject before it.
    const opens = context.at(-1) === undefined || (/,/.test(context.gapBefore(0)) && context.at(-2) === undefined);
    if (!opens || !AFTER_WE_D.test(context.lower(1)) || !context.joined(0, 1)) return undefined;
    return { expected: "we'd", why: `opening a clause before “${context.lower(1)}”`, safe: false };
  },
};
