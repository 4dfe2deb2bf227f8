import { testRule } from '../rule-tester.js';
import { wrongLightVerb } from '../../rules/wrong-light-verb.js';

testRule(wrongLightVerb, {
  valid: [
    // The right verb already joined to this one, an amount of an activity, and starting a business.
    'Viewers can watch and listen to films anywhere. We do more hiking now, and they make a business from it.',
    'The council made a mistake and did its homework too late.',
    // A noun followed by its verb is a subject, not an object.
    'Why do mistakes happen so often?',
    'I would say the truth is more complicated.',
    // Idioms and British usage.
    'She could not make the meeting on time, so they made conversation.',
    'The minister will take a decision next week.',
    // A causative and a modifier.
    'The rules make research worthwhile and make the party aware of the risk in a money making exercise.',
    // A subject, a phrasal verb, a radio show, and "lose" in its own sense.
    'They do the shopping on Fridays.',
    'How does jogging slowly help the heart?',
    'It opens the TV up to new apps.',
    'We listened to the radio show.',
    'Radar lost the plane over the sea.',
    'The studio makes role playing games.',
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
    {
      text: 'He does jogging every day.',
      errors: [{ messageId: 'wrong-light-verb', at: '1:4-1:16' }],
      output: 'He goes jogging every day.',
    },
    {
      text: 'I like making a party for her.',
      errors: [{ messageId: 'wrong-light-verb', at: '1:8-1:22' }],
      output: 'I like having a party for her.',
    },
    {
      text: 'We listen to a movie every night.',
      errors: [{ messageId: 'wrong-light-verb', at: '1:4-1:21' }],
      output: 'We watch a movie every night.',
    },
    {
      text: 'I assisted to the meeting.',
      errors: [{ messageId: 'wrong-light-verb', at: '1:3-1:26' }],
      output: 'I attended the meeting.',
    },
    {
      text: 'She closed the TV before bed.',
      errors: [{ messageId: 'wrong-light-verb', at: '1:5-1:18' }],
      output: 'She turned off the TV before bed.',
    },
    {
      text: 'I lost the bus again.',
      errors: [{ messageId: 'wrong-light-verb', at: '1:3-1:15' }],
      output: 'I missed the bus again.',
    },
    {
      text: 'He committed a big mistake.',
      errors: [{ messageId: 'wrong-light-verb', at: '1:4-1:27' }],
      output: 'He made a big mistake.',
    },
    {
      text: 'He said a speech at the dinner.',
      errors: [{ messageId: 'wrong-light-verb', at: '1:4-1:17' }],
      output: 'He gave a speech at the dinner.',
    },
    {
      text: 'She did a wish and told goodbye to him.',
      errors: [
        { messageId: 'wrong-light-verb', at: '1:5-1:15' },
        { messageId: 'wrong-light-verb', at: '1:20-1:32' },
      ],
      output: 'She made a wish and said goodbye to him.',
    },
  ],
});
