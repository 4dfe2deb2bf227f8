import { testRule } from '../rule-tester.js';
import { determinerBeforeVerb } from '../../rules/determiner-before-verb.js';

testRule(determinerBeforeVerb, {
  valid: [
    // A capital "A" inside a sentence names a matrix, a grade or a class.
    'The proof shows that A has n independent eigenvectors, and that A is Hermitian.',
    'The help desk was closed.',
    'The programme starts on Monday.',
    'The push for reform continues.',
    'She found the ease of use impressive.',
    'The cut in rates helped exporters.',
    // A noun used as a modifier: no adjective follows it.
    'The stop sign was removed.',
    '"It is time for the ease harsh rules," he said.',
  ],
  invalid: [
    {
      text: 'The was a long night.',
      errors: [{ messageId: 'verb-after-determiner', at: '1:1-1:8' }],
      output: 'The was a long night.',
    },
    {
      text: 'It is time for the ease harsh sanctions on the country.',
      errors: [{ messageId: 'verb-after-determiner', at: '1:12-1:24' }],
      output: 'It is time to ease harsh sanctions on the country.',
    },
    {
      text: 'The council voted for the improve local roads.',
      errors: [{ messageId: 'verb-after-determiner', at: '1:19-1:34' }],
      output: 'The council voted to improve local roads.',
    },
    {
      text: 'Ministers promised their provide the funding.',
      errors: [{ messageId: 'verb-after-determiner', at: '1:20-1:33' }],
    },
  ],
});
