import type { ConfusionCheck } from './context.js';
import { BE_FORMS } from './word-classes.js';

/** "I'm good in maths" for "good at": a person is good at a subject or an activity. */
export const goodAt: ConfusionCheck = {
  pair: 'good in / good at',
  words: ['in'],
  check(context) {
    if (context.lower(-1) !== 'good' || !context.joined(-2, 1)) return undefined;
    // A person subject right before "be": "I'm", "he is", "she was".
    const person = /^(i'm|you're|he's|she's|we're|they're)$/.test(context.lower(-2)) || (BE_FORMS.has(context.lower(-2)) && /^(i|you|he|she|we|they)$/.test(context.lower(-3)));
    // "good in parts", "good in the rain": a subject or skill has no determiner.
    return person && /^(NN|NNS|VBG|JJ)$/.test(context.tag(1)) ? { expected: 'at', why: 'after “good”, naming a skill', safe: false } : undefined;
  },
};
