import { testRule } from '../rule-tester.js';
import { indefiniteArticle } from '../../rules/indefinite-article.js';

testRule(indefiniteArticle, {
  valid: [
    // An article before another is a repetition, not a sound.
    'This is a a test of the system.',
    'An hour later, a union official spoke.',
    'A US envoy met an FBI agent.',
    'She won a one-year contract and an MBE.',
    // Readings the plugin gets wrong: a year, a decade, "unilateral", letters spelt out.
    "It is based on an 1865 novel and set in an '80s nightclub.",
    'It was a unilateral move, an ntl spokesman said.',
    'The e-mails came from an fbi.gov address.',
    // Initialisms said as words, or with "H" (aitch or haitch), are left to the writer.
    'It was a NATO summit and an NHS trust, not a HMRC matter.',
    'Plan A MPs backed it. A UN envoy and an SNP MP met.',
  ],
  invalid: [
    {
      text: 'She became a MP after running a LLM start-up.',
      errors: [
        { messageId: 'plugin', at: '1:12-1:13' },
        { messageId: 'plugin', at: '1:31-1:32' },
      ],
      output: 'She became an MP after running an LLM start-up.',
    },
    {
      text: 'It was an BBC report on a EU deal.',
      errors: [
        { messageId: 'plugin', at: '1:8-1:10' },
        { messageId: 'plugin', at: '1:25-1:26' },
      ],
      output: 'It was a BBC report on an EU deal.',
    },
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
