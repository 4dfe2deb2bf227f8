import type { ConfusionCheck } from './context.js';
import { BE_FORMS } from './word-classes.js';

/** "It is not save to eat", "does not feel save" for "safe". */
export const saveSafe: ConfusionCheck = {
  pair: 'save / safe',
  words: ['save'],
  check(context) {
    let back = -1;
    while (/^(not|very|so|too|quite|completely|totally|perfectly)$/.test(context.lower(back)) && back > -3) back--;
    const governor = context.lower(back);
    const predicative = BE_FORMS.has(governor) || /^(it's|that's|feel|feels|felt|feeling|seem|seems|seemed|keep|kept|stay|stayed|remain|remained)$/.test(governor);
    // "is to save", "save the environment": a verb takes an object; the adjective ends the clause or takes "to", "for", "in".
    const after = context.lower(1);
    const adjectiveSlot = !context.at(1) || context.endsClause(0) || /^(to|for|in|from|with|here|there|enough)$/.test(after);
    return predicative && adjectiveSlot && context.joined(back, 0) && !(after === 'to' && context.tag(2) !== 'VB') ? { expected: 'safe', why: `after “${governor}”`, safe: false } : undefined;
  },
};
