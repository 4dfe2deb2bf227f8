import { testRule } from '../rule-tester.js';
import { harperPunctuation } from '../../rules/harper-punctuation.js';

testRule(harperPunctuation, {
  valid: [
    'Sales rose in March, the firm said.',
    // AP style: no serial comma, which Harper alone asks for.
    'The minister visited Paris, Berlin and Rome.',
  ],
  invalid: [
    {
      text: 'Sales rose in March , the firm said.',
      errors: [{ messageId: 'harper', at: '1:20-1:21' }],
      output: 'Sales rose in March, the firm said.',
    },
    {
      text: 'The inquiry, which began in May,heard evidence.',
      errors: [{ messageId: 'harper', at: '1:32-1:33' }],
      output: 'The inquiry, which began in May, heard evidence.',
    },
  ],
});
