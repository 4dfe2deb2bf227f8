import type { ConfusionCheck } from './context.js';

/** "could of gone" for "could have gone". */
export const haveOf: ConfusionCheck = {
  pair: 'have / of',
  words: ['of'],
  check(context) {
    const modal = context.lower(-1);
    if (!/^(could|would|should|must|might|may|will|shall|can|couldn't|wouldn't|shouldn't|mustn't)$/.test(modal) || !context.joined(-1, 1)) return undefined;
    return /^(VBN|VBD)$/.test(context.tag(1)) || context.lower(1) === 'been' ? { expected: 'have', why: `after “${modal}”`, safe: true } : undefined;
  },
};
