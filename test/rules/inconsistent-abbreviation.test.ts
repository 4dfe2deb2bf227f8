import { testRule } from '../rule-tester.js';
import { inconsistentAbbreviation } from '../../rules/inconsistent-abbreviation.js';

testRule(inconsistentAbbreviation, {
  valid: [
    'The U.S. envoy met U.S. officials before leaving the U.S. on Friday.',
    'The US and the UK signed the deal; the EU and the UN welcomed it.',
    // "us" the pronoun is not "US".
    'The US team told us it would play in the US again.',
    // "USA Today" is a newspaper, not the country's abbreviation.
    'The US president spoke to USA Today about the US economy.',
    // A line in capitals is not read for initialisms.
    'KIM JONG UN ARRIVES\n\nThe U.N. envoy and the U.N. chief were absent.',
    { text: 'The U.S. and U.K. envoys met.', options: { preferred: { US: 'U.S.', UK: 'U.K.' } } },
  ],
  invalid: [
    {
      text: 'The US envoy met US officials before a U.S. court ruled on the case.',
      errors: [{ messageId: 'minority-form', at: '1:40-1:44' }],
      output: 'The US envoy met US officials before a US court ruled on the case.',
    },
    {
      // USA is another abbreviation of the same country; a tie goes to the form used first.
      text: 'The talks in the USA ended, and the US delegation flew home.',
      errors: [{ messageId: 'minority-form', at: '1:37-1:39' }],
      output: 'The talks in the USA ended, and the USA delegation flew home.',
    },
    {
      // The sentence's own full stop doubles as the abbreviation's last stop.
      text: 'The U.K. team won. The U.K. coach praised the fans who came from the UK.',
      errors: [{ messageId: 'minority-form', at: '1:70-1:73' }],
      output: 'The U.K. team won. The U.K. coach praised the fans who came from the U.K.',
    },
    {
      // Before a capital the stop may end the sentence, so both readings are offered.
      text: 'The EU acted. The EU budget grew as the E.U. Parliament voted.',
      errors: [{ messageId: 'minority-form', at: '1:41-1:45' }],
      output: 'The EU acted. The EU budget grew as the EU Parliament voted.',
    },
    {
      text: 'The UN said the UN would help.',
      options: { preferred: { UN: 'U.N.' } },
      errors: [
        { messageId: 'house-form', at: '1:5-1:7' },
        { messageId: 'house-form', at: '1:17-1:19' },
      ],
      output: 'The U.N. said the U.N. would help.',
    },
  ],
});
