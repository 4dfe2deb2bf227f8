import type { ConfusionCheck } from './context.js';
import { BE_FORMS } from './word-classes.js';

/** "I'm nut sure", "is red nut white" for "not". */
export const nutNot: ConfusionCheck = {
  pair: 'nut / not',
  words: ['nut'],
  check(context) {
    if (!context.joined(-1, 1)) return undefined;
    // After "be" a predicate follows; "nut" before an adjective there is the negation.
    if ((BE_FORMS.has(context.lower(-1)) || /^(i'm|it's|that's|he's|she's|we're|they're|you're)$/.test(context.lower(-1))) && /^(JJ|VBN|RB)$/.test(context.tag(1))) {
      return { expected: 'not', why: `after “${context.lower(-1)}”`, safe: false };
    }
    // "is red nut white", "is beef nut lamb": a predicate and its contrast ("love nut oil" has no "be").
    const sameKind = context.tag(-1) === context.tag(1) && /^(JJ|NN)$/.test(context.tag(1)) && context.endsClause(1) && BE_FORMS.has(context.lower(-2));
    return sameKind ? { expected: 'not', why: `between “${context.lower(-1)}” and “${context.lower(1)}”`, safe: false } : undefined;
  },
};
