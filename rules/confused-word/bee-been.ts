import type { ConfusionCheck } from './context.js';

/** "She has bee injured" for "been". */
export const beeBeen: ConfusionCheck = {
  pair: 'bee / been',
  words: ['bee'],
  check(context) {
    let back = -1;
    if (/^(not|never|also|already|just)$/.test(context.lower(back))) back--;
    const have = /^(has|have|had|hasn't|haven't|hadn't)$/.test(context.lower(back));
    return have && /^(VBN|VBD|JJ|RB|VBG)$/.test(context.tag(1)) && context.joined(back, 1) ? { expected: 'been', why: `after “${context.lower(back)}”`, safe: true } : undefined;
  },
};
