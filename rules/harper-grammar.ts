import { harperRule } from '../src/grammar/harper-rule.js';

/** Harper's agreement, grammar, word-order and article findings ("she don't", "had became"). */
export const harperGrammar = harperRule({
  id: 'harper-grammar',
  kind: 'grammar',
  severity: 'warning',
  description: 'Grammar slips found by harper.js: agreement, verb forms, word order ("she don’t", "had became")',
});
