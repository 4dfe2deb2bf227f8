import { testRule } from '../rule-tester.js';
import { wrongLightVerb } from '../../rules/wrong-light-verb.js';

testRule(wrongLightVerb, {
  valid: [
    'The council made a mistake and did its homework too late.',
    // A noun followed by its verb is a subject, not an object.
    'Why do mistakes happen so often?',
    'I would say the truth is more complicated.',
    // Idioms and British usage.
    'She could not make the meeting on time, so they made conversation.',
    'The minister will take a decision next week.',
    // A causative and a modifier.
    'The rules make research worthwhile and make the party aware of the risk in a money making exercise.',
  ],
  invalid: [
    {
      text: 'The referee did a big mistake.',
      errors: [{ messageId: 'wrong-light-verb', at: '1:13-1:30' }],
      output: 'The referee made a big mistake.',
    },
    {
      text: 'Pupils make their homework after dinner.',
      errors: [{ messageId: 'wrong-light-verb', at: '1:8-1:27' }],
      output: 'Pupils do their homework after dinner.',
    },
    {
      text: 'He has made a photo of the crowd and said a lie about it.',
      errors: [
        { messageId: 'wrong-light-verb', at: '1:8-1:20' },
        { messageId: 'wrong-light-verb', at: '1:38-1:48' },
      ],
      output: 'He has taken a photo of the crowd and told a lie about it.',
    },
    {
      text: 'They are doing a party for the mayor.',
      errors: [{ messageId: 'wrong-light-verb', at: '1:10-1:23' }],
      output: 'They are having a party for the mayor.',
    },
  ],
});
