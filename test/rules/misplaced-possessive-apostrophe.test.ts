import { testRule } from '../rule-tester.js';
import { misplacedPossessiveApostrophe } from '../../rules/misplaced-possessive-apostrophe.js';

testRule(misplacedPossessiveApostrophe, {
  valid: [
    "It is a two days' drive, and the vote is in a year's time.",
    "The first day's play was washed out, and staff get one day's leave.",
    "Last year's budget was cut in 12 hours' debate.",
    // A count that does not stand before the unit, and a unit with no noun to measure.
    "Two of the week's games were called off.",
    "The rise came in two days, and that was the day's news.",
    "Over two days' talks, a week's worth of work was done.",
  ],
  invalid: [
    {
      text: "It is a two day's drive from the coast.",
      errors: [{ messageId: 'misplaced', at: '1:13-1:18', data: { expected: "days'" } }],
      output: "It is a two days' drive from the coast.",
    },
    {
      text: 'The team logged 12 hour’s worth of footage.',
      errors: [{ messageId: 'misplaced', at: '1:20-1:26' }],
      output: 'The team logged 12 hours’ worth of footage.',
    },
    {
      text: "The vote will be held in a years' time.",
      errors: [{ messageId: 'misplaced', at: '1:28-1:34', data: { expected: "year's" } }],
      output: "The vote will be held in a year's time.",
    },
    {
      text: "Staff were given one days' leave and three week's notice.",
      errors: [
        { messageId: 'misplaced', at: '1:22-1:27' },
        { messageId: 'misplaced', at: '1:44-1:50' },
      ],
      output: "Staff were given one day's leave and three weeks' notice.",
    },
  ],
});
