import type { ConfusionCheck } from './context.js';
import { MODALS } from './word-classes.js';

/** Verbs that "loose" completes as an adjective ("break loose", "cut loose"). */
const LOOSENING = /^(break|breaks|broke|broken|breaking|cut|cuts|cutting|let|lets|letting|set|sets|setting|turn|turns|turned|turning|come|comes|came|coming|hang|shake|shook|tear|tore|run|ran|running|knocked|shaken|worked|wriggled)$/;

/** "to loose money" for "lose"; "on the lose" for "on the loose". */
export const looseLose: ConfusionCheck = {
  pair: 'loose / lose',
  words: ['loose', 'loosing', 'lose'],
  check(context) {
    const word = context.lower(0);
    const before = context.lower(-1);
    if (word === 'loose') {
      // "to loose money", "could loose control": a verb with an object ("from tight to loose" has none).
      const governed = context.tag(-1) === 'TO' || MODALS.has(before) || /^(don't|didn't|doesn't|i|we|they|you)$/.test(before);
      const object = /^(DT|PRP\$|CD|PRP|NN|NNS)$/.test(context.tag(1)) || /^(out|so|everything|nothing|all|much)$/.test(context.lower(1));
      if (governed && object && context.joined(-1, 1)) return { expected: 'lose', why: `as a verb after “${before}”`, safe: MODALS.has(before) };
      return undefined;
    }
    if (word === 'loosing') return context.followedBy('off') ? undefined : { expected: 'losing', why: 'as the verb “lose”', safe: false };
    // "on the lose", "lose ends", "break lose": an adjective, which "lose" (a verb) cannot be.
    if (context.precededBy('on the')) return { expected: 'loose', why: 'in “on the loose”', safe: true };
    if (context.followedBy('ends')) return { expected: 'loose', why: 'in “loose ends”', safe: false };
    if (LOOSENING.test(before) && context.joined(-1, 0) && (context.endsClause(0) || /^(from|of|in|on|at)$/.test(context.lower(1)))) return { expected: 'loose', why: `as an adjective after “${before}”`, safe: false };
    return undefined;
  },
};
