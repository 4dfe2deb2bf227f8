import { testRule } from '../rule-tester.js';
import { stackedDeterminer } from '../../rules/stacked-determiner.js';

testRule(stackedDeterminer, {
  valid: [
    'The longer the strike lasts, the worse it gets.',
    'The firm cut its prices.',
    'She was the It girl of the season.',
    'He joined the A-team last year.',
    'The the word appears twice here.',
  ],
  invalid: [
    {
      text: 'It was the precisely the wrong moment.',
      errors: [{ messageId: 'stacked', at: '1:8-1:25' }],
      output: 'It was precisely the wrong moment.',
    },
    {
      text: 'The a plan was dropped.',
      errors: [{ messageId: 'stacked', at: '1:1-1:6' }],
    },
    {
      text: 'It changed the my view of the case.',
      errors: [{ messageId: 'stacked', at: '1:12-1:18' }],
    },
  ],
});
