import { testRule } from '../rule-tester.js';
import { harperWordChoice } from '../../rules/harper-word-choice.js';

testRule(harperWordChoice, {
  valid: [
    'The flood had a lasting effect on the harvest.',
    'Officials expect a lot of interest in the sale.',
    // A quantity pronoun takes a verb: Harper alone asks for "belief".
    'Many believe the figure is too low.',
    // "quite" before a determiner means "rather": Harper alone asks for "quiet".
    'Sales have been falling for quite some time, analysts said.',
    // British idiom, not an American one written wrong (regionalisms are never reported).
    'Regulators said a rescue was on the cards.',
    // Closed compounds Harper's dictionary lacks are not words run together.
    'The drugmaker said profits fell after its winless quarter.',
    // Grammar slips belong to harper-grammar.
    'The council had became the largest landlord in the county.',
  ],
  invalid: [
    {
      // Harper marks the space where "a" goes; newslint underlines the word after it.
      text: 'The firm said it had hard time finding staff.',
      errors: [{ messageId: 'harper', at: '1:21-1:26' }],
      output: 'The firm said it had a hard time finding staff.',
    },
    {
      // Harper marks "has" and appends "a"; newslint underlines the word the "a" goes before as well.
      text: 'The club still has ways to go before it is safe.',
      errors: [{ messageId: 'harper', at: '1:16-1:24' }],
      output: 'The club still has a ways to go before it is safe.',
    },
    {
      // Harper offers "out" before or after "the baby"; the underline runs on to where "out" may go.
      text: 'Critics said the council was throwing the baby with the bathwater.',
      errors: [{ messageId: 'harper', at: '1:39-1:52' }],
      output: 'Critics said the council was throwing out the baby with the bathwater.',
    },
    {
      text: 'He said he was not worried atall about the result.',
      errors: [{ messageId: 'harper', at: '1:28-1:33' }],
      output: 'He said he was not worried at all about the result.',
    },
    {
      text: 'Residents said the street is very quite at night.',
      errors: [{ messageId: 'harper', at: '1:35-1:40' }],
      output: 'Residents said the street is very quiet at night.',
    },
    {
      text: 'The flood may effect the harvest this year.',
      errors: [{ messageId: 'harper', at: '1:15-1:21' }],
      output: 'The flood may affect the harvest this year.',
    },
    {
      text: 'Officials expect alot of interest in the sale.',
      errors: [{ messageId: 'harper', at: '1:18-1:22' }],
      output: 'Officials expect a lot of interest in the sale.',
    },
  ],
});
