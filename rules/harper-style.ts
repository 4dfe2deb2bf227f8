import { harperRule } from '../src/grammar/harper-rule.js';

/** Harper's style and redundancy findings: words that say the same thing twice ("whole entire", "ATM machine"). */
export const harperStyle = harperRule({
  id: 'harper-style',
  kind: 'style',
  severity: 'warning',
  description: 'Redundant and wordy phrasing found by harper.js ("whole entire", "ATM machine")',
});
