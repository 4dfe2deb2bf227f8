import { harperRule } from '../src/grammar/harper-rule.js';

/** Harper's punctuation findings (a space before a comma, a missing apostrophe). */
export const harperPunctuation = harperRule({
  id: 'harper-punctuation',
  kind: 'punctuation',
  severity: 'warning',
  description: 'Punctuation slips found by harper.js ("the market , followed by")',
});
