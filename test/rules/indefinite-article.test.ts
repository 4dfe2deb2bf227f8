import { testRule } from '../rule-tester.js';
import { indefiniteArticle } from '../../rules/indefinite-article.js';

testRule(indefiniteArticle, {
  valid: [
    'An hour later, a union official spoke.',
    'A US envoy met an FBI agent.',
    'She won a one-year contract and an MBE.',
    // Readings the plugin gets wrong: a year, a decade, "unilateral", letters spelt out.
    "It is based on an 1865 novel and set in an '80s nightclub.",
    'It was a unilateral move, an ntl spokesman said.',
    'The e-mails came from an fbi.gov address.',
  ],
  invalid: [
    {
      text: 'He was given a honorary degree.',
      errors: [{ messageId: 'plugin', at: '1:14-1:15' }],
      output: 'He was given an honorary degree.',
    },
    {
      text: 'An spokesman declined to comment.',
      errors: [{ messageId: 'plugin', at: '1:1-1:3' }],
      output: 'A spokesman declined to comment.',
    },
  ],
});
