import { testRule } from '../rule-tester.js';
import { harperCapitalization } from '../../rules/harper-capitalization.js';

testRule(harperCapitalization, {
  valid: [
    'The ship crossed the Atlantic Ocean in nine days.',
    // Initialisms the copy writes as words, which Harper's OrthographicConsistency would upper-case.
    'Oil prices rose after Opec said it would cut output.',
    // A title ending in "!" is not the end of a sentence (SentenceCapitalization is off).
    'She starred in Harbour Lights! with a cast of newcomers.',
  ],
  invalid: [
    {
      text: 'The ship crossed the atlantic ocean in nine days.',
      errors: [{ messageId: 'harper', at: '1:22-1:36' }],
      output: 'The ship crossed the Atlantic Ocean in nine days.',
    },
    {
      text: 'Fuel tankers crossed the north sea overnight.',
      errors: [{ messageId: 'harper', at: '1:26-1:35' }],
      output: 'Fuel tankers crossed the North Sea overnight.',
    },
  ],
});
