import { testRule } from '../rule-tester.js';
import { harperRepetition } from '../../rules/harper-repetition.js';

testRule(harperRepetition, {
  valid: [
    'She said her car was stolen.',
    // A doubled word is repeated-words' job.
    'The the council met on Monday.',
  ],
  invalid: [
    {
      text: 'She said the my car was stolen.',
      errors: [{ messageId: 'harper', at: '1:10-1:16' }],
      output: 'She said my car was stolen.',
    },
    {
      text: 'Officials said he we would review the case.',
      errors: [{ messageId: 'harper', at: '1:16-1:21' }],
      output: 'Officials said he would review the case.',
    },
  ],
});
