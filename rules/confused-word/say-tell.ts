import type { ConfusionCheck } from './context.js';

/** Each form of "say" and the matching form of "tell". */
const TELL_FOR_SAY: Readonly<Record<string, string>> = { say: 'tell', says: 'tells', said: 'told', saying: 'telling' };
/** What is told after the person told: "the truth", "a story", "that…", "what happened". */
const TOLD_THINGS = /^(the|a|an|that|about|what|how|why|where|when|who|everything|nothing|something|anything|lies|stories|his|my|our|their|your)$/;

/** "He said me the truth" for "told": "say" takes no person as its object; "said him" alone may be a name list. */
export const sayTell: ConfusionCheck = {
  pair: 'say / tell',
  words: Object.keys(TELL_FOR_SAY),
  check(context) {
    // "her" is left out: "said her husband" is a quote's speaker.
    if (!/^(me|him|us|them)$/.test(context.lower(1)) || !TOLD_THINGS.test(context.lower(2)) || !context.joined(0, 2)) return undefined;
    // "Say it", imperative or not, has the thing said straight after; a tag reading of a verb confirms the slot.
    if (!/^VB/.test(context.tag(0)) && context.lower(0) !== 'say') return undefined;
    return { expected: TELL_FOR_SAY[context.lower(0)]!, why: `before the person told, “${context.lower(1)}”`, safe: false };
  },
};
