import { testRule } from '../rule-tester.js';
import { splitCompound } from '../../rules/split-compound.js';

testRule(splitCompound, {
  valid: [
    'The inquiry is ongoing.',
    'The clocks follow Greenwich Mean Time.',
    'Any one of the bidders could win.',
    'The two nations stand alone on the issue.',
    'Residents were insistent on going ahead.',
    'Prices changed over time.',
    '"The web site is down," he said.',
    'The fort he built still stands.',
    'Talks have so far failed.',
    'They were all ready to vote.',
    'He did it his way.',
  ],
  invalid: [
    {
      text: 'Voters have all ready decided.',
      errors: [{ messageId: 'split', at: '1:13-1:22' }],
      output: 'Voters have already decided.',
    },
    {
      text: 'Trains can some times be late.',
      errors: [{ messageId: 'split', at: '1:12-1:22' }],
      output: 'Trains can sometimes be late.',
    },
    {
      text: 'Thanks go fort he staff.',
      errors: [{ messageId: 'shifted', at: '1:11-1:18' }],
      output: 'Thanks go for the staff.',
    },
    {
      text: 'Two oft he bidders withdrew.',
      errors: [{ messageId: 'shifted', at: '1:5-1:11' }],
      output: 'Two of the bidders withdrew.',
    },
    {
      text: 'Police said there was an on going investigation.',
      errors: [{ messageId: 'split', at: '1:26-1:34' }],
      output: 'Police said there was an ongoing investigation.',
    },
    {
      text: 'The firm moved its head quarters to Leeds.',
      errors: [{ messageId: 'split', at: '1:20-1:33' }],
      output: 'The firm moved its headquarters to Leeds.',
    },
    {
      text: 'Details were posted on the web site.',
      errors: [{ messageId: 'split', at: '1:28-1:36' }],
      output: 'Details were posted on the website.',
    },
    {
      text: 'In the mean time, talks will continue.',
      errors: [{ messageId: 'split', at: '1:8-1:17' }],
      output: 'In the meantime, talks will continue.',
    },
    {
      text: 'Nurses worked over time all winter.',
      errors: [{ messageId: 'split', at: '1:15-1:24' }],
      output: 'Nurses worked overtime all winter.',
    },
    {
      text: 'The firm filed a law suit in Moscow.',
      errors: [{ messageId: 'split', at: '1:18-1:26' }],
      output: 'The firm filed a lawsuit in Moscow.',
    },
  ],
});
