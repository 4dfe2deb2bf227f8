import { testRule } from '../rule-tester.js';
import { doubleComparison } from '../../rules/double-comparison.js';

testRule(doubleComparison, {
  valid: [
    'She was best actress at the awards.',
    'Kyoto is the oldest city.',
    'It is an older city than Rome.',
    'The scheme encourages more older people to work.',
    'When is more better?',
    'The talks set an earliest date of June.',
    'It was the biggest loss on record.',
    'The climb is at least harder than the descent.',
    'Treat the draft as other than final.',
    'They were even best friends once.',
    'It was even the best result of the year.',
    'The club signed more young players this summer.',
    'She was more brave than wise.',
    'Turnout was highest in the north and the rise felt all the more sad for it.',
    'It was the most high profile case of the year.',
    'The cat is more cute than clever, and the chain sells more fast food.',
  ],
  invalid: [
    {
      text: 'The new trains are more fast, and the old hall was even more smelly than the barn.',
      errors: [
        { messageId: 'short-adjective', at: '1:20-1:29' },
        { messageId: 'short-adjective', at: '1:57-1:68' },
      ],
      output: 'The new trains are faster, and the old hall was even smellier than the barn.',
    },
    {
      text: 'Is it more preferable to take the bus?',
      errors: [{ messageId: 'doubled', at: '1:7-1:22' }],
      output: 'Is it preferable to take the bus?',
    },
    {
      text: 'The traffic was worst than usual.',
      errors: [{ messageId: 'superlative-comparing', at: '1:17-1:22' }],
      output: 'The traffic was worse than usual.',
    },
    {
      text: 'The second hotel was even cheapest.',
      errors: [{ messageId: 'superlative-comparing', at: '1:27-1:35' }],
      output: 'The second hotel was even cheaper.',
    },
    {
      text: 'This was the least harder route.',
      errors: [{ messageId: 'doubled', at: '1:14-1:26' }],
      output: 'This was the least hard route.',
    },
    {
      text: 'The new hall is as big than the old one.',
      errors: [{ messageId: 'as-than', at: '1:24-1:28' }],
      output: 'The new hall is as big as the old one.',
    },
    {
      text: 'It was a more bigger loss than expected.',
      errors: [{ messageId: 'doubled', at: '1:10-1:21' }],
      output: 'It was a bigger loss than expected.',
    },
    {
      text: 'Officials called it the most worst storm in years.',
      errors: [{ messageId: 'doubled', at: '1:25-1:35' }],
      output: 'Officials called it the worst storm in years.',
    },
    {
      text: 'Kyoto is an oldest city.',
      errors: [{ messageId: 'article-superlative', at: '1:10-1:12' }],
      output: 'Kyoto is the oldest city.',
    },
    {
      text: 'The new line is more fast than the old one.',
      errors: [{ messageId: 'short-adjective', at: '1:17-1:26' }],
      output: 'The new line is faster than the old one.',
    },
    {
      text: 'The queue got even more busy after lunch.',
      errors: [{ messageId: 'short-adjective', at: '1:20-1:29' }],
      output: 'The queue got even busier after lunch.',
    },
    {
      text: 'It was the most silly idea we heard, and the most big.',
      errors: [{ messageId: 'short-adjective', at: '1:46-1:54' }],
      output: 'It was the most silly idea we heard, and the biggest.',
    },
    { text: 'Kyoto is oldest city in the region.', errors: [{ messageId: 'bare-superlative', at: '1:10-1:16' }], output: 'Kyoto is the oldest city in the region.' },
  ],
});
