import { testRule } from '../rule-tester.js';
import { contractionCase } from '../../rules/contraction-case.js';

testRule(contractionCase, {
  valid: [
    "We're ready, the minister said.",
    "WE'RE NOT LEAVING, the banner read.",
    "The firm's profits rose.",
    "O'Neill scored twice.",
  ],
  invalid: [
    {
      text: "We'Re ready to talk, the union said.",
      errors: [{ messageId: 'capital', at: '1:1-1:6' }],
      output: "We're ready to talk, the union said.",
    },
    {
      text: "The report'S findings were leaked.",
      errors: [{ messageId: 'capital', at: '1:5-1:13' }],
      output: "The report's findings were leaked.",
    },
  ],
});
