import { testRule } from '../rule-tester.js';
import { harperCapitalization } from '../../rules/harper-capitalization.js';

testRule(harperCapitalization, {
  valid: [
    'The ship crossed the Atlantic Ocean in nine days.',
    // Initialisms the copy writes as words, which Harper's OrthographicConsistency would upper-case.
    'Oil prices rose after Opec said it would cut output.',
    // Part of a name, and a spelling the story repeats, are not slips.
    'President Lula da Silva met the investors in Brasilia.',
    'The eurozone grew by 2%. Growth in the eurozone was led by Spain.',
    // A title ending in "!" is not the end of a sentence (SentenceCapitalization is off).
    'She starred in Harbour Lights! with a cast of newcomers.',
  ],
  invalid: [
    {
      text: 'Agents from the Fbi searched the office on Tuesday.',
      errors: [{ messageId: 'harper', at: '1:17-1:20' }],
      output: 'Agents from the FBI searched the office on Tuesday.',
    },
    {
      text: 'Honestly, i think the plan will fail.',
      errors: [{ messageId: 'harper', at: '1:11-1:12' }],
      output: 'Honestly, I think the plan will fail.',
    },
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
