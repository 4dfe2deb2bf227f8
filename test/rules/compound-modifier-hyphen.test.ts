import { testRule } from '../rule-tester.js';
import { compoundModifierHyphen } from '../../rules/compound-modifier-hyphen.js';

testRule(compoundModifierHyphen, {
  valid: [
    // After a verb, not before a noun.
    'Her car is brand new, and the boy is 10 years old.',
    'They met face to face with the minister.',
    'It grew 5% year on year.',
    'He worked part time today.',
    // Years, numbers naming something, and a spelled-out number without a determiner.
    'In 2019 year results fell.',
    'The Apollo 11 mission flew.',
    'One day people will know.',
    // An adverbial phrase, not a modifier.
    'From time to time people leave.',
    // Left open often enough in edited copy to be house style.
    'Long term growth is slow.',
    'A 10-year-old boy was among the passengers.',
  ],
  invalid: [
    {
      text: 'A 10 year old boy was among the passengers.',
      errors: [{ messageId: 'open-compound', at: '1:3-1:14' }],
      output: 'A 10-year-old boy was among the passengers.',
    },
    {
      text: 'The 10 year old was found.',
      errors: [{ messageId: 'open-compound', at: '1:5-1:16' }],
      output: 'The 10-year-old was found.',
    },
    {
      text: 'She bought a brand new car and a 3 kilometers race kit.',
      errors: [
        { messageId: 'open-compound', at: '1:14-1:23' },
        { messageId: 'open-compound', at: '1:34-1:46' },
      ],
      output: 'She bought a brand-new car and a 3-kilometer race kit.',
    },
    {
      text: 'Use a 10-metres rope for the climb.',
      errors: [{ messageId: 'plural-unit', at: '1:7-1:16' }],
      output: 'Use a 10-metre rope for the climb.',
    },
    {
      text: 'It was a head to head contest.',
      errors: [{ messageId: 'open-compound', at: '1:10-1:22' }],
      output: 'It was a head-to-head contest.',
    },
    {
      text: 'The eagle eyed editors found the errors.',
      errors: [{ messageId: 'open-compound', at: '1:5-1:15' }],
      output: 'The eagle-eyed editors found the errors.',
    },
    {
      text: 'The survey covered 18 to 24 year olds across the country.',
      errors: [{ messageId: 'open-compound', at: '1:26-1:38' }],
      output: 'The survey covered 18 to 24-year-olds across the country.',
    },
    {
      text: 'They signed a five minute deal.',
      errors: [{ messageId: 'open-compound', at: '1:15-1:26' }],
      output: 'They signed a five-minute deal.',
    },
  ],
});
