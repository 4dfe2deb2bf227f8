import type { Word } from '../../src/model/document.js';
import type { ConfusionCheck, WordContext } from './context.js';

/** Words that make a clause negative. */
const NEGATIONS = /^(not|never|no|nobody|nothing|none|neither|nor|cannot)$|n['’]t$/;
/** Negations that do not make the clause negative: "not only… too", "no doubt", "nothing but". */
const NOT_NEGATING = /^(only|doubt|wonder|longer|matter|more|less|sooner|but)$/;
/** Words that open a clause of their own: the negation must stand in the clause "too" ends. */
const CLAUSE_BREAKS = /^(and|but|or|because|while|whereas|although|though|so|if|when|who|which|that)$/;

/** "I don't like it too." for "either": a negative clause adds itself with "either". */
export const tooEither: ConfusionCheck = {
  pair: 'too / either',
  words: ['too'],
  check(context) {
    if (!context.endsClause(0) || context.gapBefore(0) !== ' ' || !context.at(-1)) return undefined;
    // "Not too.", "isn't too." answer a degree question; "me too" is its own answer.
    if (/^(me|not|much|far|way|all|only)$/.test(context.lower(-1))) return undefined;
    const negation = negationInClause(context);
    return negation ? { expected: 'either', why: `ending a clause negated by “${negation.text}”`, safe: false } : undefined;
  },
};

/**
 * The negation of the verb whose clause "too" ends: the nearest finite verb before it must be negated
 * ("isn't", "don't have") or have a negative object ("have no problems"). A negation further back belongs to
 * another verb ("When it isn't good it throws the game off too", "doing nothing is wrong too").
 */
function negationInClause(context: WordContext): Word | undefined {
  for (let offset = -1; context.at(offset); offset--) {
    const word = context.at(offset)!;
    if (/[,;:(—–]/.test(context.gapBefore(offset + 1)) || CLAUSE_BREAKS.test(word.lower)) return undefined;
    if (NEGATIONS.test(word.lower)) return NOT_NEGATING.test(context.lower(offset + 1)) ? undefined : word;
    if (/^(MD|VBZ|VBD|VBP)$/.test(word.tag)) return undefined;
  }
  return undefined;
}
