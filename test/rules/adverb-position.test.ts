import { testRule } from '../rule-tester.js';
import { adverbPosition } from '../../rules/adverb-position.js';

testRule(adverbPosition, {
  valid: [
    'I am sometimes late.',
    'They always are.',
    'When the bus is late, as it usually is, we walk.',
    'They usually have long lunches.',
    'He never was a good driver.',
    'They have often been seen together.',
    'We will always remember him.',
    'Prices often are higher in winter.',
    '"I always will," she said.',
  ],
  invalid: [
    { text: 'I sometimes am late for work.', errors: [{ messageId: 'adverb-before-auxiliary', at: '1:3-1:15' }], output: 'I am sometimes late for work.' },
    { text: 'We always will remember him.', errors: [{ messageId: 'adverb-before-auxiliary', at: '1:4-1:15' }], output: 'We will always remember him.' },
    { text: 'They often have been seen together.', errors: [{ messageId: 'adverb-before-auxiliary', at: '1:6-1:16' }], output: 'They have often been seen together.' },
    { text: 'The roads have been often closed.', errors: [{ messageId: 'adverb-before-auxiliary', at: '1:16-1:26' }], output: 'The roads have often been closed.' },
  ],
});
