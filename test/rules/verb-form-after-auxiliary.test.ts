import { testRule } from '../rule-tester.js';
import { verbFormAfterAuxiliary } from '../../rules/verb-form-after-auxiliary.js';

testRule(verbFormAfterAuxiliary, {
  valid: [
    'The minister will visit Beijing next week.',
    'She did not attend the summit.',
    'The talks have gone well, officials said.',
    'The bridge was opened in 1990.',
    // "to" as a preposition before a noun or a participle used as an adjective.
    'Unions agreed to talks with the employers.',
    'The firm switched to limited opening hours.',
    // Pseudo-clefts keep the bare verb after "was".
    'All the council did was ask for more time.',
    // "have" ending a relative clause, then the main verb.
    'The money the charity had went missing.',
    'The guy who we spoke to seems fair.',
    // A capitalised modal is a name.
    'May has struggled against larger rivals.',
    'Did a woman called Rose phone the office?',
    '"We will wins this," he said.',
  ],
  invalid: [
    {
      text: 'The ministry will publishes the figures on Monday.',
      errors: [{ messageId: 'bare-infinitive', at: '1:19-1:28' }],
      output: 'The ministry will publish the figures on Monday.',
    },
    {
      text: 'The company did not explained the delay.',
      errors: [{ messageId: 'bare-infinitive', at: '1:21-1:30' }],
      output: 'The company did not explain the delay.',
    },
    {
      text: 'Police have went to the scene.',
      errors: [{ messageId: 'participle', at: '1:13-1:17' }],
      output: 'Police have gone to the scene.',
    },
    {
      text: 'The council has already wrote to residents.',
      errors: [{ messageId: 'participle', at: '1:25-1:30' }],
      output: 'The council has already written to residents.',
    },
    {
      text: 'The law was introduce last year.',
      errors: [{ messageId: 'participle', at: '1:13-1:22' }],
      output: 'The law was introduced last year.',
    },
    {
      text: 'He tried to persuaded the board.',
      errors: [{ messageId: 'bare-infinitive', at: '1:13-1:22' }],
      output: 'He tried to persuade the board.',
    },
    {
      text: 'The mayor could been re-elected.',
      errors: [{ messageId: 'bare-infinitive', at: '1:17-1:21' }],
      output: 'The mayor could be re-elected.',
    },
    {
      text: 'Have the officers went home?',
      errors: [{ messageId: 'participle', at: '1:19-1:23' }],
      output: 'Have the officers gone home?',
    },
  ],
});
