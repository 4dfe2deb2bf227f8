import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import type { ConfusionCheck } from './context.js';
import { MODALS } from './word-classes.js';

/** "right know", "from know on", "every know and then" for "now"; "letting us now" for "know". */
export const knowNow: ConfusionCheck = {
  pair: 'know / now',
  words: ['know', 'now'],
  check(context) {
    if (context.lower(0) === 'now') {
      // "let us now." ends where "know" belongs: "now" there would need a verb after it.
      const letting = /^(let|lets|letting)$/.test(context.lower(-2)) && /^(me|us|him|her|them|you)$/.test(context.lower(-1));
      return letting && !context.at(1) && context.joined(-2, 0) ? { expected: 'know', why: `after “${context.lower(-2)} ${context.lower(-1)}”`, safe: false } : undefined;
    }
    const before = context.lower(-1);
    // "I can know say more": between a modal and a word read first as a bare verb, "know" is "now".
    const bareAfter = lexicalTags(context.lower(1));
    if (MODALS.has(before) && context.tag(-1) === 'MD' && /^(VB|VBP)$/.test(bareAfter[0] ?? '') && /^(VB|VBP)$/.test(context.tag(1)) && context.joined(-1, 1)) return { expected: 'now', why: `between “${before}” and a verb`, safe: false };
    if (before === 'right' && context.joined(-1, 0) && (context.endsClause(0) || !context.at(1))) return { expected: 'now', why: 'after “right”', safe: true };
    if (before === 'from' && context.followedBy('on') && context.joined(-1, 1)) return { expected: 'now', why: 'in “from now on”', safe: true };
    if (/^(every|now)$/.test(before) && context.followedBy('and then') && context.joined(-1, 0)) return { expected: 'now', why: 'in “now and then”', safe: true };
    return undefined;
  },
};
