import { harperRule } from '../src/grammar/harper-rule.js';

/** Harper's word-choice findings: confused words, eggcorns, malapropisms, real-word typos, split words. */
export const harperWordChoice = harperRule({
  id: 'harper-word-choice',
  kind: 'usage',
  severity: 'warning',
  description: 'Wrong words found by harper.js, such as confused words, eggcorns and real-word typos ("may effect", "alot")',
});
