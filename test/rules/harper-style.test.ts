import { testRule } from '../rule-tester.js';
import { harperStyle } from '../../rules/harper-style.js';

testRule(harperStyle, {
  valid: [
    'The entire board resigned on Tuesday.',
    // House style, which newslint's selection leaves alone: no serial comma, contractions, numerals.
    'The minister visited Paris, Berlin and Rome.',
    'It’s a good idea, she said, and 3 councillors agreed.',
    // Grammar slips belong to harper-grammar.
    'The council had became the largest landlord in the county.',
  ],
  invalid: [
    {
      text: 'The whole entire board resigned on Tuesday.',
      errors: [{ messageId: 'harper', at: '1:5-1:17' }],
      output: 'The whole board resigned on Tuesday.',
    },
    {
      text: 'Customers queued at the ATM machine outside the bank.',
      errors: [{ messageId: 'harper', at: '1:25-1:36' }],
      output: 'Customers queued at the ATM outside the bank.',
    },
    {
      text: 'Mr Smith is an outspoken critic of the govt, she said.',
      errors: [{ messageId: 'harper', at: '1:40-1:44' }],
      output: 'Mr Smith is an outspoken critic of the government, she said.',
    },
  ],
});
