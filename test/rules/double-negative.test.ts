import { testRule } from '../rule-tester.js';
import { doubleNegative } from '../../rules/double-negative.js';

testRule(doubleNegative, {
  valid: [
    'Police did not find anything at the house.',
    'The minister could hardly hide her anger.',
    // A negative subject of the verb's own clause.
    'Officials cannot believe nobody noticed the leak.',
    // "not" before an -ing form is a second clause, not a doubled negation.
    'The coach did not mind not being asked.',
    'The union would not take no for an answer.',
    '"We never did nothing wrong," the owner said.',
  ],
  invalid: [
    {
      text: 'The inquiry did not find nothing unusual.',
      errors: [{ messageId: 'doubled', at: '1:26-1:33' }],
      output: 'The inquiry did not find anything unusual.',
    },
    {
      text: 'Nobody told the residents nothing.',
      errors: [{ messageId: 'doubled', at: '1:27-1:34' }],
      output: 'Nobody told the residents anything.',
    },
    {
      text: 'The firm shouldn\'t not pay its staff.',
      errors: [{ messageId: 'doubled', at: '1:19-1:23' }],
      output: 'The firm shouldn\'t pay its staff.',
    },
    {
      text: 'Witnesses couldn\'t hardly see the road.',
      errors: [{ messageId: 'doubled', at: '1:20-1:26' }],
    },
  ],
});
