import { testRule } from '../rule-tester.js';
import { bothWithMany } from '../../rules/both-with-many.js';

testRule(bothWithMany, {
  valid: [
    'Both sides claimed victory.',
    'The plan has both supporters and critics.',
    // The two named after a plural are the same two.
    'Both candidates, Smith and Jones, spoke on Monday.',
    // "both" after the things it pairs is a pronoun.
    'The two men, both veterans, and their wives attended.',
    // A clause after the comma is not a list item.
    'Both teams, the coach said, and their fans deserve credit.',
    'The firm sells both oil and gas, and it plans to add coal.',
  ],
  invalid: [
    {
      text: 'The deal covers both oil, gas and coal.',
      errors: [{ messageId: 'too-many', at: '1:17-1:22' }],
      output: 'The deal covers oil, gas and coal.',
    },
    {
      text: 'It supplies both food, fuel, and medicine to the region.',
      errors: [{ messageId: 'too-many', at: '1:13-1:18' }],
      output: 'It supplies food, fuel, and medicine to the region.',
    },
    {
      text: 'The scheme lets firms both grow, focus, and expand.',
      errors: [{ messageId: 'too-many', at: '1:23-1:28' }],
      output: 'The scheme lets firms grow, focus, and expand.',
    },
  ],
});
