import { harperRule } from '../src/grammar/harper-rule.js';

/** Harper's repetition findings (a word doubled across a line break or inside a phrase). */
export const harperRepetition = harperRule({
  id: 'harper-repetition',
  kind: 'repetition',
  severity: 'warning',
  description: 'Repeated words found by harper.js that newslint’s repeated-words rule does not cover',
});
