import { testRule } from '../rule-tester.js';
import { impossibleDate } from '../../rules/impossible-date.js';

testRule(impossibleDate, {
  valid: [
    'The vote is on 30 November 2014.',
    'The festival runs from January 10 – 17, 2016.',
    'The leap day fell on 29 February 2024.',
    'In March 45 staff were laid off.',
    'Arsenal won 3-1 May 4 at home.',
  ],
  invalid: [
    {
      text: 'The deal closed on November 31.',
      errors: [{ messageId: 'no-such-day', at: '1:20-1:31' }],
    },
    {
      text: 'The report is dated 29 February 2023.',
      errors: [{ messageId: 'no-such-day', at: '1:21-1:32' }],
    },
    {
      text: 'The festival runs from January 10 – 1, 2016.',
      errors: [{ messageId: 'backward-range', at: '1:24-1:38' }],
    },
  ],
});
