import { testRule } from '../rule-tester.js';
import { garbledPhrase } from '../../rules/garbled-phrase.js';

testRule(garbledPhrase, {
  valid: [
    'At his beck and call, the staff hit the brakes and fell out of sync.',
    // Phrases that read like a garbled set phrase but are literal, or a name.
    'The ranger saw a grizzly bear, and Hay Day topped the charts while it was past time to act.',
    // A quotation is the speaker's.
    '"It is an old wise tail," he said.',
  ],
  invalid: [
    {
      text: 'At his beckon call, the staff hit the breaks and fell out of sink.',
      errors: [{ messageId: 'garbled', at: '1:8-1:19' }, { messageId: 'garbled', at: '1:31-1:45' }, { messageId: 'garbled', at: '1:55-1:66' }],
      output: 'At his beck and call, the staff hit the brakes and fell out of sync.',
    },
    {
      text: 'It is an old wise tail that the minister was made the escape goat.',
      errors: [{ messageId: 'garbled', at: '1:10-1:23' }, { messageId: 'garbled', at: '1:55-1:66' }],
      output: "It is an old wives' tale that the minister was made the scapegoat.",
    },
    {
      text: 'In edition to golf, his favourite past time is trying to hone in on grizzly details.',
      errors: [{ messageId: 'garbled', at: '1:1-1:14' }, { messageId: 'garbled', at: '1:25-1:44' }, { messageId: 'garbled', at: '1:58-1:68' }, { messageId: 'garbled', at: '1:69-1:84' }],
      output: 'In addition to golf, his favourite pastime is trying to home in on grisly details.',
    },
  ],
});
