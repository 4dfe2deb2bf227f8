import { testRule } from '../rule-tester.js';
import { connectiveComma } from '../../rules/connective-comma.js';

testRule(connectiveComma, {
  valid: [
    'The plan failed. However, the talks went on.',
    // "However" before an adjective or adverb means "in whatever way".
    'However hard they try, the numbers will not add up.',
    // Connectives that news copy runs straight on are left alone.
    'Meanwhile the sun rose. Instead of waiting, they left. Thus the matter ended.',
    // Inside a sentence, and inside a quotation, the comma is not asked for.
    'The minister said however that the vote would go ahead.',
    '"However I look at it, it is wrong," she said.',
  ],
  invalid: [
    {
      text: 'The plan failed. However the talks went on.',
      errors: [{ messageId: 'missing-comma', at: '1:18-1:25' }],
      output: 'The plan failed. However, the talks went on.',
    },
    {
      text: 'Prices rose. For example bread doubled. Nevertheless shoppers kept coming.',
      errors: [
        { messageId: 'missing-comma', at: '1:14-1:25' },
        { messageId: 'missing-comma', at: '1:41-1:53' },
      ],
      output: 'Prices rose. For example, bread doubled. Nevertheless, shoppers kept coming.',
    },
  ],
});
