import { testRule } from '../rule-tester.js';
import { missingSentenceSpace } from '../../rules/missing-sentence-space.js';

testRule(missingSentenceSpace, {
  valid: [
    'The U.S. team won, e.g. in the relay.',
    'Read more at bbc.co.uk and on the app.',
    'The site runs on Node.js and Vue.Js.',
    'The PM met staff at No.10 on Monday.',
    'The prize went to J.R. Hartley.',
    'Visit Example.Com for details.',
    'She asked why. Nobody answered.',
  ],
  invalid: [
    {
      text: 'The bus was late.Nobody was surprised.',
      errors: [{ messageId: 'missing-space', at: '1:17-1:24' }],
      output: 'The bus was late. Nobody was surprised.',
    },
    {
      text: 'Was anyone hurt?A spokesman declined to say.',
      errors: [{ messageId: 'missing-space', at: '1:16-1:18' }],
      output: 'Was anyone hurt? A spokesman declined to say.',
    },
    {
      text: 'The roads were icy;schools stayed shut.',
      errors: [{ messageId: 'missing-space', at: '1:19-1:27' }],
      output: 'The roads were icy; schools stayed shut.',
    },
  ],
});
