import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import type { ConfusionCheck } from './context.js';
import { MODALS } from './word-classes.js';

/** Adjectives that "no" qualifies in its own right: "no different", "no good", "no big deal", "no longer". */
const NO_QUALIFIES = /^(different|good|use|longer|such|big|small|great|ordinary|easy|mean|less|more|better|worse|fewer|object|doubt|wonder)$/;

/** "could no hear", "does no understand", "It is no possible" for "not". */
export const noNot: ConfusionCheck = {
  pair: 'no / not',
  words: ['no'],
  check(context) {
    const before = context.lower(-1);
    // "It is no possible", "it's no hard to decide": "be", "no" and an adjective that ends its phrase.
    if (/^(is|was|are|were|it's|that's)$/.test(before) && context.joined(-1, 1)) {
      const adjective = context.lower(1);
      const readings = lexicalTags(adjective);
      const phraseEnds = context.endsClause(1) || /^(TO|IN)$/.test(context.tag(2));
      if (readings[0] === 'JJ' && !readings.includes('NN') && !NO_QUALIFIES.test(adjective) && phraseEnds) return { expected: 'not', why: `between “${before}” and the adjective “${adjective}”`, safe: false };
      return undefined;
    }
    if (!(MODALS.has(before) || /^(do|does|did)$/.test(before)) || !context.joined(-1, 1)) return undefined;
    // "will no doubt", "can no longer": idioms; a bare verb the lexicon knows only as a verb gives "not" away.
    const readings = lexicalTags(context.lower(1));
    const verbOnly = readings.length > 0 && readings.every((tag) => /^VB/.test(tag));
    return verbOnly || context.lower(1) === 'do' ? { expected: 'not', why: `between “${before}” and a verb`, safe: false } : undefined;
  },
};
