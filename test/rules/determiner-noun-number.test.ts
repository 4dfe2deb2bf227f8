import { testRule } from '../rule-tester.js';
import { determinerNounNumber } from '../../rules/determiner-noun-number.js';

testRule(determinerNounNumber, {
  valid: [
    'These figures are provisional.',
    'This sales figure was revised.',
    'A series of strikes hit the port.',
    'This means higher bills.',
    'Every two years the board meets.',
    'The firm hired a few hundred staff.',
    'An investors’ conference opened in Kiev.',
    'The partners bought each other’s engines.',
    'Those present voted against.',
    'Boeing unveiled its new 777 plane.',
    'Iraq invited bids for two telephone licences.',
    '"This prices are crazy," she said.',
  ],
  invalid: [
    {
      text: 'This images were taken at dawn.',
      errors: [{ messageId: 'plural-noun', at: '1:1-1:5' }],
      output: 'These images were taken at dawn.',
    },
    {
      text: 'The vote was a major milestones for the party.',
      errors: [{ messageId: 'plural-noun', at: '1:22-1:32' }],
      output: 'The vote was a major milestone for the party.',
    },
    {
      text: 'Prices have fallen for several month.',
      errors: [{ messageId: 'singular-noun', at: '1:32-1:37' }],
      output: 'Prices have fallen for several months.',
    },
    {
      text: 'The council met these resident on Monday.',
      errors: [{ messageId: 'singular-noun', at: '1:23-1:31' }],
      output: 'The council met these residents on Monday.',
    },
    {
      text: 'The court heard from five reporter on Monday.',
      errors: [{ messageId: 'singular-noun', at: '1:27-1:35' }],
      output: 'The court heard from five reporters on Monday.',
    },
  ],
});
