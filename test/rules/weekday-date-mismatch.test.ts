import { testRule } from '../rule-tester.js';
import { weekdayDateMismatch } from '../../rules/weekday-date-mismatch.js';

testRule(weekdayDateMismatch, {
  valid: [
    'The summit opens on Tuesday, 7 October 2014.',
    'The vote is on Thursday, December 12, 2019.',
    'Results were due on Friday 31/10/2014.',
    // Day and month could be swapped, so the numeric date says nothing.
    'The hearing is on Monday, 9/10/2014.',
    // No year anywhere in the sentence: the copy's own year is unknown.
    'The hearing resumes on Monday, 7 October.',
    // "2005 GMT" is a time.
    'Kick-off is on Saturday 12 February at 2005 GMT.',
    'The 2014 fair opens on Friday, 31/10.',
  ],
  invalid: [
    {
      text: 'The summit opens on Monday, 7 October 2014.',
      errors: [{ messageId: 'mismatch', at: '1:21-1:43' }],
      output: 'The summit opens on Tuesday, 7 October 2014.',
    },
    {
      text: 'Polls close on Thu, March 3, 2021.',
      errors: [{ messageId: 'mismatch', at: '1:16-1:34' }],
      output: 'Polls close on Wed, March 3, 2021.',
    },
    {
      text: 'The 2014 fair opens on Monday, 31/10.',
      errors: [{ messageId: 'mismatch', at: '1:24-1:37' }],
      output: 'The 2014 fair opens on Friday, 31/10.',
    },
    {
      text: 'Filing closed on Sunday 2014-10-31.',
      errors: [{ messageId: 'mismatch', at: '1:18-1:35' }],
      output: 'Filing closed on Friday 2014-10-31.',
    },
  ],
});
