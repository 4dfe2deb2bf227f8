import { unintroducedSpeaker } from '../../rules/unintroduced-speaker.js';
import { testRule } from '../rule-tester.js';

const HEADLINE = 'Kim arrives in Beijing for talks';
const CLOSE = 'The council will close two libraries.';
const lines = (...blocks: string[]) => blocks.join('\n\n') + '\n';

testRule(unintroducedSpeaker, {
  valid: [
    // The role was introduced earlier, or by a near synonym.
    lines(HEADLINE, 'Kim Jong Un arrived in Beijing on Tuesday, a Labour MP told parliament.', '"The ambassador left early," the MP said.'),
    lines('The council will close two libraries, lawmakers said.', '"We were not consulted," the MP said.'),
    // Named on the spot, tied to something, or an office the country has one of.
    lines(CLOSE, '"We will keep going," the former minister, Ann Holt, said.'),
    lines(CLOSE, '"We were not consulted," the home secretary said.'),
    lines(CLOSE, 'The chancellor said the money had run out.'),
    // A pronoun after a name.
    lines('The council will close two libraries, Maria Lopez said.', '"We will keep going," she said.'),
  ],
  invalid: [
    {
      // The seed's slip: an MP nobody introduced.
      text: lines(HEADLINE, 'Kim Jong Un arrived in Beijing on Tuesday for a four-day visit, state media reported.', '"The ambassador left the compound early," the MP said.'),
      errors: [{ messageId: 'unintroduced-role', at: '5:43-5:49' }],
    },
    {
      text: lines('"We will not stop until the doors are open again," she said.', 'The council will close two libraries next month.'),
      errors: [{ messageId: 'orphan-pronoun', at: '1:52-1:55' }],
    },
    {
      // Reported once, at its first attribution.
      text: lines(CLOSE, '"We were not consulted," the spokesman said.', '"We will appeal," the spokesman added.'),
      errors: [{ messageId: 'unintroduced-role', at: '3:26-3:39' }],
    },
  ],
});
