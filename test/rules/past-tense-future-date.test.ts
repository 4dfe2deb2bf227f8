import { testRule } from '../rule-tester.js';
import { pastTenseFutureDate } from '../../rules/past-tense-future-date.js';

const today = { today: '2025-06-01' };

testRule(pastTenseFutureDate, {
  valid: [
    { text: 'The board met on 3 March 2024.', options: today },
    { text: 'The board will meet on 3 March 2026.', options: today },
    { text: 'The board agreed to meet on 3 March 2026.', options: today },
    { text: 'The strike was due to start on 3 March 2026.', options: today },
    { text: 'Ministers pledged to cut emissions by 1 January 2030.', options: today },
    // Not "on" a date: a deadline or a period.
    { text: 'The lease ran until 3 March 2026.', options: today },
  ],
  invalid: [
    {
      text: 'The board met on 3 March 2026.',
      options: today,
      errors: [{ messageId: 'future', at: '1:18-1:30' }],
    },
    {
      text: 'On 14/09/2031, police had already charged him.',
      options: today,
      errors: [{ messageId: 'future', at: '1:4-1:14' }],
    },
    {
      text: 'The firm has filed its accounts on October 2, 2027.',
      options: today,
      errors: [{ messageId: 'future', at: '1:36-1:51' }],
    },
  ],
});
