import { testRule } from '../rule-tester.js';
import { comprisedOf } from '../../rules/comprised-of.js';

testRule(comprisedOf, {
  valid: [
    'The panel comprises five judges.',
    'The panel is composed of five judges.',
    'A board comprising three members met.',
  ],
  invalid: [
    {
      text: 'The panel is comprised of five judges.',
      errors: [{ messageId: 'comprise-of', at: '1:14-1:26' }],
      output: 'The panel is composed of five judges.',
    },
    {
      text: 'A board comprising of three members met.',
      errors: [{ messageId: 'comprise-of', at: '1:9-1:22' }],
      output: 'A board comprising three members met.',
    },
    {
      text: 'The force is comprised mostly of conscripts.',
      errors: [{ messageId: 'comprise-of', at: '1:14-1:33' }],
      output: 'The force is composed mostly of conscripts.',
    },
  ],
});
