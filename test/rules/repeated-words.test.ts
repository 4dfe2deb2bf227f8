import { testRule } from '../rule-tester.js';
import { repeatedWords } from '../../rules/repeated-words.js';

testRule(repeatedWords, {
  valid: [
    // A preposition ending a relative clause, and the "is" ending a free relative.
    'It is a role that she has been placed in in the past.',
    'What it is is a rant about fares.',
    'The minister said the budget would be published on Tuesday.',
    'Officials said they had had no warning, and that that was the problem.',
    'The band Duran Duran played in Walla Walla last night.',
    // Punctuation between the words breaks the pair: this is a list, not a slip.
    'He said no, no and no again.',
    // A stranded preposition, then the infinitive's marker.
    'It is the only archive the council can refer to to check the records.',
    'Do what you have to to stay safe.',
    'The talks went on and on and on.',
    'The result was as bad as bad could be.',
    'She would call a spade a spade.',
  ],
  invalid: [
    {
      text: 'The families want to to know what happened.',
      errors: [{ messageId: 'plugin', at: '1:19-1:24' }],
      output: 'The families want to know what happened.',
    },
    {
      text: 'The minister said the the budget would be published on Tuesday.',
      errors: [{ messageId: 'plugin', at: '1:19-1:26' }],
      output: 'The minister said the budget would be published on Tuesday.',
    },
    {
      text: 'The the council met on Monday.\nIts members voted to to close the library.',
      errors: [
        { messageId: 'plugin', at: '1:1-1:8' },
        { messageId: 'plugin', at: '2:19-2:24' },
      ],
      output: 'The council met on Monday.\nIts members voted to close the library.',
    },
    {
      text: 'Owen revelled in his return to the to the starting line-up.',
      errors: [{ messageId: 'repeated-phrase', at: '1:29-1:42' }],
      output: 'Owen revelled in his return to the starting line-up.',
    },
  ],
});
