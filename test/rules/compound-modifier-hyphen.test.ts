import { testRule } from '../rule-tester.js';
import { compoundModifierHyphen } from '../../rules/compound-modifier-hyphen.js';

testRule(compoundModifierHyphen, {
  valid: [
    'The stadium is brand new.',
    'Ministers held face-to-face talks.',
    'Over the long term prices rose.',
    'The rope was 10 metres long.',
    'Officials met face to face.',
    'The wall is 10-metres high.',
  ],
  invalid: [
    {
      text: 'The club unveiled a brand new stadium.',
      errors: [{ messageId: 'hyphen', at: '1:21-1:30' }],
      output: 'The club unveiled a brand-new stadium.',
    },
    {
      text: 'The two leaders held face to face talks.',
      errors: [{ messageId: 'hyphen', at: '1:22-1:34' }],
      output: 'The two leaders held face-to-face talks.',
    },
    {
      text: 'Some eagle eyed readers spotted the error.',
      errors: [{ messageId: 'hyphen', at: '1:6-1:16' }],
      output: 'Some eagle-eyed readers spotted the error.',
    },
    {
      text: 'Crews laid a 40-metres pipe.',
      errors: [{ messageId: 'plural-unit', at: '1:14-1:23' }],
      output: 'Crews laid a 40-metre pipe.',
    },
  ],
});
