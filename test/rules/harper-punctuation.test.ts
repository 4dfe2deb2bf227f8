import { testRule } from '../rule-tester.js';
import { harperPunctuation } from '../../rules/harper-punctuation.js';

testRule(harperPunctuation, {
  valid: [
    'Sales rose in March, the firm said.',
    // AP style: no serial comma, which Harper alone asks for.
    'The minister visited Paris, Berlin and Rome.',
    // The possessive after a preposition and before a modified noun, which Harper alone reads as "it's".
    'The agency faced criticism for its handling of the case.',
    'Shareholders asked why its planned offer was fair.',
  ],
  invalid: [
    {
      text: 'Its a good result for the club, the manager said.',
      errors: [{ messageId: 'harper', at: '1:1-1:4' }],
      output: "It's a good result for the club, the manager said.",
    },
    {
      text: 'Sales rose in March , the firm said.',
      errors: [{ messageId: 'harper', at: '1:20-1:21' }],
      output: 'Sales rose in March, the firm said.',
    },
    {
      text: 'The inquiry, which began in May,heard evidence.',
      errors: [{ messageId: 'harper', at: '1:32-1:33' }],
      output: 'The inquiry, which began in May, heard evidence.',
    },
    {
      // Harper marks the space after "to"; a comma is written against the word before it.
      text: 'The fund covers costs, including but not limited to legal fees.',
      errors: [{ messageId: 'harper', at: '1:50-1:52' }],
      output: 'The fund covers costs, including but not limited to, legal fees.',
    },
  ],
});
