import { harperRule } from '../src/grammar/harper-rule.js';

/** Harper's agreement, verb-form, word-order and miscellaneous grammar findings ("she don't", "had became"). */
export const harperGrammar = harperRule({
  id: 'harper-grammar',
  kind: 'grammar',
  severity: 'warning',
  description: 'Grammar slips found by harper.js, such as agreement and verb-form errors ("she don’t", "had became")',
});
