import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import type { ConfusionCheck } from './context.js';
import { MODALS } from './word-classes.js';

/** "could no hear", "does no understand" for "not". */
export const noNot: ConfusionCheck = {
  pair: 'no / not',
  words: ['no'],
  check(context) {
    const before = context.lower(-1);
    if (!(MODALS.has(before) || /^(do|does|did)$/.test(before)) || !context.joined(-1, 1)) return undefined;
    // "will no doubt", "can no longer": idioms; a bare verb the lexicon knows only as a verb gives "not" away.
    const readings = lexicalTags(context.lower(1));
    const verbOnly = readings.length > 0 && readings.every((tag) => /^VB/.test(tag));
    return verbOnly || context.lower(1) === 'do' ? { expected: 'not', why: `between “${before}” and a verb`, safe: false } : undefined;
  },
};
