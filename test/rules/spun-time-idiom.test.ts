import { testRule } from '../rule-tester.js';
import { spunTimeIdiom } from '../../rules/spun-time-idiom.js';

testRule(spunTimeIdiom, {
  valid: [
    'Sales rose over the past year, the company said.',
    'Profits fell compared with the previous year.',
    'The talks began in March last year.',
    'Turnover in previous years was lower.',
    // A capital marks a label, not the idiom.
    'Previous year: 4.2m visitors.',
    // A comma between the words breaks the phrase.
    'The plant closed in March, past year-end targets.',
  ],
  invalid: [
    {
      text: 'The factory opened in March past year.',
      errors: [{ messageId: 'after-date', at: '1:29-1:38' }],
      output: 'The factory opened in March last year.',
    },
    {
      text: 'His contract ended in late November previous year.',
      errors: [{ messageId: 'after-date', at: '1:37-1:50' }],
      output: 'His contract ended in late November last year.',
    },
    {
      text: 'The minister resigned on Tuesday prior week.',
      errors: [{ messageId: 'after-date', at: '1:34-1:44' }],
      output: 'The minister resigned on Tuesday last week.',
    },
    {
      text: 'The deal was signed on March 5 preceding year.',
      errors: [{ messageId: 'after-date', at: '1:32-1:46' }],
      output: 'The deal was signed on March 5 last year.',
    },
    {
      text: 'Exports were lower than in previous year.',
      errors: [{ messageId: 'missing-article', at: '1:28-1:41' }],
      output: 'Exports were lower than in last year.',
    },
  ],
});
