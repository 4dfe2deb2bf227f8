import type { ConfusionCheck } from './context.js';
import { MODALS } from './word-classes.js';

/**
 * Words after which "be" takes its -ing form: prepositions ("after being", "without being") and verbs that
 * take a gerund ("stop being", "avoid being"). "since" is left out: "has since been" is an adverb.
 */
const GERUND_TAKERS = /^(after|before|without|of|for|about|by|from|despite|upon|on|stop|stops|stopped|stopping|keep|keeps|kept|keeping|avoid|avoids|avoided|avoiding|enjoy|enjoys|enjoyed|risk|risks|risked|mind|minds|minded|quit|deny|denies|denied|admit|admits|admitted|imagine|consider|considered|resent|resented)$/;

/** "Stop been silly", "after been arrested" for "being". */
export const beenBeing: ConfusionCheck = {
  pair: 'been / being',
  words: ['been'],
  check(context) {
    const before = context.lower(-1);
    if (!GERUND_TAKERS.test(before) || !context.joined(-1, 0)) return undefined;
    // "could of been" is "have" spelt "of", which the have / of check reports.
    if (before === 'of' && MODALS.has(context.lower(-2))) return undefined;
    // "have never before been able": "before" and "after" as adverbs after an adverb or "have".
    if (/^(before|after)$/.test(before) && (context.tag(-2).startsWith('RB') || /^(has|have|had|'ve)$/.test(context.lower(-2)))) return undefined;
    // "having been" is already right after a preposition; "been" needs something to be ("after been arrested").
    if (context.endsClause(0)) return undefined;
    return { expected: 'being', why: `after “${before}”, which takes an -ing form`, safe: false };
  },
};
