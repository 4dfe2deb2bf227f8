import { testRule } from '../rule-tester.js';
import { harperRegionalism } from '../../rules/harper-regionalism.js';

const british = { dialect: 'british' };

testRule(harperRegionalism, {
  valid: [
    'Gas prices rose, and a rescue was in the cards.',
    { text: 'Petrol prices rose, and a rescue was on the cards.', options: british },
    // Harper's word list calls "duvet" un-British but offers nothing instead: not reported.
    { text: 'She bought a new duvet for the spare room.', options: british },
  ],
  invalid: [
    {
      text: 'Petrol prices rose after the refinery fire.',
      errors: [{ messageId: 'harper', at: '1:1-1:7' }],
      output: 'Gas prices rose after the refinery fire.',
    },
    {
      text: 'Regulators said a rescue was on the cards.',
      errors: [{ messageId: 'harper', at: '1:30-1:32' }],
      output: 'Regulators said a rescue was in the cards.',
    },
    {
      text: 'Gasoline prices rose after the refinery fire.',
      options: british,
      errors: [{ messageId: 'harper', at: '1:1-1:9' }],
      output: 'Petrol prices rose after the refinery fire.',
    },
  ],
});
