import type { ConfusionCheck } from './context.js';
import { PREPOSITIONS } from './word-classes.js';

/** Adjectives that, after "it's", take a clause or an infinitive ("it's clear that", "it's hard to"). */
const PREDICATIVE = new Set(['clear', 'important', 'hard', 'easy', 'likely', 'unlikely', 'possible', 'impossible', 'difficult', 'vital', 'essential', 'true', 'necessary', 'obvious', 'unclear', 'worth']);

/** "it's own" for "its own"; "its been" for "it's been". */
export const itsItS: ConfusionCheck = {
  pair: "its / it's",
  words: ["it's", 'its'],
  check(context) {
    if (context.lower(0) === "it's") {
      if (context.followedBy('own')) return { expected: 'its', why: 'before “own”', safe: true };
      // "on it's website": after a preposition the word is a possessive, not "it is".
      if (PREPOSITIONS.has(context.lower(-1)) && context.joined(-1, 1) && /^(NN|NNS|JJ)$/.test(context.tag(1))) {
        return { expected: 'its', why: `as a possessive after “${context.lower(-1)}”`, safe: true };
      }
      return undefined;
    }
    if (!context.joined(0, 1)) return undefined;
    const next = context.lower(1);
    if (/^(been|not|got)$/.test(next) || (next === 'going' && context.lower(2) === 'to')) return { expected: "it's", why: `before “${next}”`, safe: true };
    if (/^(a|an|the)$/.test(next) && context.at(1)!.text === next) return { expected: "it's", why: `before “${next}”`, safe: false };
    if (PREDICATIVE.has(next) && context.joined(1, 2) && /^(that|to)$/.test(context.lower(2))) return { expected: "it's", why: `before “${next} ${context.lower(2)}”`, safe: true };
    return undefined;
  },
};
