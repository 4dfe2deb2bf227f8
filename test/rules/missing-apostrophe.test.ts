import { testRule } from '../rule-tester.js';
import { missingApostrophe } from '../../rules/missing-apostrophe.js';

testRule(missingApostrophe, {
  valid: [
    "The minister doesn't agree.",
    'The island is a haven for birds.',
    'Officers don riot gear before a match.',
    'Cant is the enemy of plain speech.',
    'The old habit, as was his wont, returned.',
    'He dismissed the speech as cant.',
  ],
  invalid: [
    {
      text: 'The council doesnt agree.',
      errors: [{ messageId: 'missing', at: '1:13-1:19' }],
      output: "The council doesn't agree.",
    },
    {
      text: 'Police said it doesn work.',
      errors: [{ messageId: 'missing', at: '1:16-1:21' }],
      output: "Police said it doesn't work.",
    },
    {
      text: 'Cant you see the queue?',
      errors: [{ messageId: 'missing', at: '1:1-1:5' }],
      output: "Can't you see the queue?",
    },
    {
      text: 'Voters say they cant vote online.',
      errors: [{ messageId: 'missing', at: '1:17-1:21' }],
      output: "Voters say they can't vote online.",
    },
    {
      text: "Yes, we'r ready.",
      errors: [{ messageId: 'missing', at: '1:6-1:10' }],
      output: "Yes, we're ready.",
    },
  ],
});
