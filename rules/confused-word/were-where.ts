import type { ConfusionCheck } from './context.js';

/** "back to were you came from" for "where"; "they where going", "There where delays" for "were". */
export const wereWhere: ConfusionCheck = {
  pair: 'were / where',
  words: ['were', 'where'],
  check(context) {
    if (context.lower(0) === 'were') {
      // After a preposition "were" has no subject; a clause follows, so it is the place word.
      const clause = context.tag(1) === 'PRP' && /^(VBD|VBP|VBZ)$/.test(context.tag(2));
      // "showed me were the exit was": after a verb and its object, a clause with its own subject and verb.
      const placeClause = /^(me|him|us|them)$/.test(context.lower(-1)) && /^VB/.test(context.tag(-2)) && context.tag(1) === 'DT' && /^(NN|NNS)$/.test(context.tag(2)) && /^(VBD|VBP|VBZ)$/.test(context.tag(3));
      if (placeClause && context.joined(-2, 3)) return { expected: 'where', why: `after “${context.lower(-2)} ${context.lower(-1)}”`, safe: false };
      return /^(to|from)$/.test(context.lower(-1)) && context.tag(-1) !== 'VB' && clause && context.joined(-1, 2) ? { expected: 'where', why: `after “${context.lower(-1)}”`, safe: false } : undefined;
    }
    const before = context.lower(-1);
    if (!context.joined(-1, 1)) return undefined;
    // "they where going": a subject pronoun and a participle want the verb.
    if (/^(they|we|you)$/.test(before) && (/^(VBG|VBN)$/.test(context.tag(1)) || /[a-z]ing$/.test(context.lower(1)))) return { expected: 'were', why: `after “${before}”`, safe: false };
    // "You where the only one": a subject pronoun opening the sentence, then a complement.
    if (/^(they|we|you)$/.test(before) && !context.at(-2) && /^(DT|JJ|JJS|RB|IN|CD)$/.test(context.tag(1))) return { expected: 'were', why: `after “${before}”`, safe: false };
    // "There where major delays": an existential "there" opening the sentence, then a plural noun phrase.
    if (before === 'there' && !context.at(-2) && /^(JJ|NNS|CD)$/.test(context.tag(1))) return { expected: 'were', why: 'after “There”', safe: false };
    return undefined;
  },
};
