import { harperRule } from '../src/grammar/harper-rule.js';

/** Harper's punctuation findings: spacing around commas, hyphens in compound modifiers. */
export const harperPunctuation = harperRule({
  id: 'harper-punctuation',
  kind: 'punctuation',
  severity: 'warning',
  description: 'Punctuation slips found by harper.js, such as a space before a comma or none after it',
});
