import { harperRule } from '../src/grammar/harper-rule.js';

/** Harper's capitalisation findings on names of oceans, seas, organisations and brands ("the atlantic ocean"). */
export const harperCapitalization = harperRule({
  id: 'harper-capitalization',
  kind: 'usage',
  severity: 'warning',
  description: 'Names written in lower case, found by harper.js ("the atlantic ocean", "the north sea")',
});
