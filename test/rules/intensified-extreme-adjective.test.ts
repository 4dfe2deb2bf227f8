import { testRule } from '../rule-tester.js';
import { intensifiedExtremeAdjective } from '../../rules/intensified-extreme-adjective.js';

testRule(intensifiedExtremeAdjective, {
  valid: [
    'The museum holds a unique collection, and the crowd was huge.',
    // Idiomatic or comparative uses.
    'It was quite unique.',
    'The team was more fascinating than ever.',
    'It was so huge that it sank.',
    // Quoted speech is the speaker's.
    '"It was very unique," she said.',
  ],
  invalid: [
    {
      text: 'The museum holds a very unique collection, and the crowd was extremely huge.',
      errors: [
        { messageId: 'graded-absolute', at: '1:20-1:31' },
        { messageId: 'intensified-extreme', at: '1:62-1:76' },
      ],
      output: 'The museum holds a unique collection, and the crowd was huge.',
    },
    {
      text: 'The vote was more unanimous than expected.',
      errors: [{ messageId: 'graded-absolute', at: '1:14-1:28' }],
    },
    {
      text: 'It was extremely cold.',
      errors: [{ messageId: 'stronger-word', at: '1:8-1:22' }],
      output: 'It was freezing.',
    },
  ],
});
