import type { ConfusionCheck } from './context.js';
import { ADVICES_VERB_SLOT } from '../english/noun-countability.js';
import { MODALS } from './word-classes.js';

/** "legal advise" for "advice"; "to advice the government" for "advise". */
export const adviceAdvise: ConfusionCheck = {
  pair: 'advice / advise',
  words: ['advise', 'advice', 'advices'],
  check(context) {
    const before = context.lower(-1);
    // "He advices you": after its subject the word is the verb; "bad advices" is the noun, which
    // determiner-noun-number reports.
    if (context.lower(0) === 'advices') return ADVICES_VERB_SLOT.test(context.tag(-1)) ? { expected: 'advises', why: 'as a verb (“advice” has no plural)', safe: false } : undefined;
    if (context.lower(0) === 'advise') {
      // "give me advise": what is given or sought is the noun.
      if (/^(give|gives|gave|given|giving|offer|offers|offered|need|needs|needed)$/.test(context.lower(-1)) || (/^(me|him|her|us|them|you)$/.test(before) && /^(give|gives|gave|giving|offer|offered)$/.test(context.lower(-2)))) {
        if (context.endsClause(0) || /^(on|about|from|to)$/.test(context.lower(1))) return { expected: 'advice', why: 'as a noun', safe: false };
      }
      // A noun slot: after an article, a possessive, an adjective or a preposition ("for advise").
      const nounSlot = /^(DT|PRP\$|JJ|JJR|JJS)$/.test(context.tag(-1)) || /^(for|of|on|with|without|seek|seeking|sought|some|any|much)$/.test(before);
      if (nounSlot && context.joined(-1, 0) && !/^(this|that|which|these|those|all|both)$/.test(before) && !/^(PRP|DT|PRP\$)$/.test(context.tag(1))) {
        return { expected: 'advice', why: 'as a noun', safe: false };
      }
      return undefined;
    }
    // "to advice the minister": a verb with an object.
    if ((context.tag(-1) === 'TO' || MODALS.has(before) || /^(we|i|they)$/.test(before)) && context.joined(-1, 1) && /^(PRP|DT|PRP\$)$/.test(context.tag(1)) && context.lower(1) !== 'a') {
      return { expected: 'advise', why: `as a verb after “${before}”`, safe: false };
    }
    return undefined;
  },
};
