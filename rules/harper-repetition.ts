import { harperRule } from '../src/grammar/harper-rule.js';

/** Harper's repetition findings: an article beside a possessive, two subject pronouns in a row. */
export const harperRepetition = harperRule({
  id: 'harper-repetition',
  kind: 'repetition',
  severity: 'warning',
  description: 'An article or pronoun doubled up, found by harper.js ("the my car", "he we would")',
});
