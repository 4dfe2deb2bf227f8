import { testRule } from '../rule-tester.js';
import { pronounCase } from '../../rules/pronoun-case.js';

testRule(pronounCase, {
  valid: [
    // An acronym in capitals is a name, not a pronoun.
    'According to WHO, there were 3,248 cases.',
    'Ford and GM, both of whom lost ground, cut jobs.',
    'Whom did the police arrest?',
    'My colleague and I visited the site.',
    'The award was shared between her and the coach.',
    'The minister spoke to them on Friday.',
    'Officials said they would meet him and his lawyer.',
    // "for" and "like" may open a clause.
    'They stayed, for they knew the risks.',
    'It went like he said it would.',
    // "of who" opens an indirect question.
    'There is no record of who paid.',
    '"Me and him went down there," she said.',
  ],
  invalid: [
    {
      text: 'My brother and me went to the rally.',
      errors: [{ messageId: 'subject', at: '1:16-1:18' }],
      output: 'My brother and I went to the rally.',
    },
    {
      text: 'Him and his wife were arrested.',
      errors: [{ messageId: 'subject', at: '1:1-1:4' }],
      output: 'He and his wife were arrested.',
    },
    {
      text: 'The dispute is between the council and they.',
      errors: [{ messageId: 'object', at: '1:40-1:44' }],
      output: 'The dispute is between the council and them.',
    },
    {
      text: 'The letter was addressed to my sister and I.',
      errors: [{ messageId: 'object', at: '1:43-1:44' }],
      output: 'The letter was addressed to my sister and me.',
    },
    {
      text: 'The donors to who the letters went stayed silent.',
      errors: [{ messageId: 'object', at: '1:15-1:18' }],
      output: 'The donors to whom the letters went stayed silent.',
    },
    {
      text: 'The crowd stared at she shoes.',
      errors: [{ messageId: 'possessive', at: '1:21-1:24' }],
      output: 'The crowd stared at her shoes.',
    },
    { text: 'The heirs, all of who were eligible, signed.', errors: [{ messageId: 'object', at: '1:19-1:22' }], output: 'The heirs, all of whom were eligible, signed.' },
    { text: 'Whom paid for the meal?', errors: [{ messageId: 'subject', at: '1:1-1:5' }], output: 'Who paid for the meal?' },
    {
      text: 'Me and him went to the match.',
      errors: [{ messageId: 'subject', at: '1:1-1:3' }, { messageId: 'subject', at: '1:8-1:11' }],
      output: 'I and he went to the match.',
    },
  ],
});
