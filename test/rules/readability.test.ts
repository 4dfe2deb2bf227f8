import { testRule } from '../rule-tester.js';
import { readability } from '../../rules/readability.js';

const HARD_LONG =
  "The administration's comprehensive infrastructure reauthorization legislation, which congressional negotiators characterized as unprecedented, would substantially reorganize intergovernmental transportation financing arrangements, according to preliminary documentation circulated among committee representatives yesterday evening before the scheduled deliberations.";
// 15 words: as dense as HARD_LONG but under the default minWords of 30.
const HARD_SHORT = 'Congressional negotiators characterized the comprehensive infrastructure reauthorization legislation as unprecedented, according to preliminary committee documentation.';

testRule(readability, {
  valid: [
    'Congress is weighing a large transport bill. Negotiators say nothing like it has been tried before. It would change how cities and states share the cost of roads and rail.',
    HARD_SHORT,
    // All seven formulas must agree at threshold 1; five do.
    { text: `${HARD_LONG} The vote is on Friday.`, options: { threshold: 1 } },
  ],
  invalid: [
    { text: HARD_LONG, errors: [{ messageId: 'plugin', at: '1:1-1:367' }] },
    { text: `Markets were calm.\n\n${HARD_SHORT}`, options: { minWords: 10 }, errors: [{ messageId: 'plugin', at: '3:1-3:169' }] },
  ],
});
