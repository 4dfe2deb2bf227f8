import { testRule } from '../rule-tester.js';
import { verbComplementForm } from '../../rules/verb-complement-form.js';

testRule(verbComplementForm, {
  valid: [
    // "like" is a preposition after "seem"; after "how" a modal, adjective or adverb asks a question or a degree.
    'It seems like a long list, and how well it works depends on how long it lasts. How can you tell?',
    // "help" as a noun, and a "help" that ends its clause.
    'Need help crunching the numbers? Products that helped included the new laptop.',
    'It all depends how the vote goes.',
    'The old pump is used to run the servers.',
    'Listen carefully to the recording.',
    'Can you explain them?',
    'She graduated last year with honours.',
    'The prisoners were made to wait outside.',
    'The firm has made moves to cut costs.',
    'They made it to the final.',
    'Residents enjoy walking by the river.',
    'The drug is used to treat migraines.',
    'He is considered to be the favourite.',
    'Officials could not help thinking about the cost.',
    'The grant helped the charity to hire staff.',
    'Voters look forward to the debate.',
    'Firms do not need help from the state.',
    'Schools do not need more money.',
    'The council agreed to selling the land.',
    '"I enjoy to run," the coach joked.',
    'Residents want answers from the council.',
    'Charities need help with the winter appeal.',
    'Voters want change now.',
    'The plans call for a new bridge.',
    'Nobody knows how much the scheme will cost.',
    'How come the train was late?',
    'The shop sells ready meals.',
    'By all means take the scenic route.',
  ],
  invalid: [
    {
      text: 'The council is ready to selling the land.',
      errors: [{ messageId: 'infinitive', at: '1:25-1:32' }],
      output: 'The council is ready to sell the land.',
    },
    {
      text: 'The council let residents to park there.',
      errors: [{ messageId: 'infinitive', at: '1:27-1:34' }],
      output: 'The council let residents park there.',
    },
    {
      text: 'The delay made them to miss the flight.',
      errors: [{ messageId: 'infinitive', at: '1:21-1:28' }],
      output: 'The delay made them miss the flight.',
    },
    {
      text: 'Volunteers helped built the shelter.',
      errors: [{ messageId: 'infinitive', at: '1:19-1:24' }],
      output: 'Volunteers helped build the shelter.',
    },
    {
      text: 'Many pensioners enjoy to cook at home.',
      errors: [{ messageId: 'gerund', at: '1:23-1:30' }],
      output: 'Many pensioners enjoy cooking at home.',
    },
    {
      text: 'The players look forward to meet the fans.',
      errors: [{ messageId: 'gerund', at: '1:29-1:33' }],
      output: 'The players look forward to meeting the fans.',
    },
    {
      text: 'Many voters prefer to waiting for the results.',
      errors: [{ messageId: 'infinitive', at: '1:23-1:30' }],
      output: 'Many voters prefer to wait for the results.',
    },
    {
      text: 'Volunteers helped us carrying the boxes.',
      errors: [{ messageId: 'infinitive', at: '1:22-1:30' }],
      output: 'Volunteers helped us to carry the boxes.',
    },
    {
      text: 'The judge allowed them leave early.',
      errors: [{ messageId: 'infinitive', at: '1:24-1:29' }],
      output: 'The judge allowed them to leave early.',
    },
    {
      text: 'The club cannot afford lose its best player.',
      errors: [{ messageId: 'infinitive', at: '1:24-1:28' }],
      output: 'The club cannot afford to lose its best player.',
    },
    {
      text: 'The mayor wants that they close the bridge.',
      errors: [{ messageId: 'infinitive', at: '1:17-1:26' }],
      output: 'The mayor wants them to close the bridge.',
    },
    {
      text: 'Drivers need not to renew their permits.',
      errors: [{ messageId: 'infinitive', at: '1:18-1:26' }],
      output: 'Drivers need not renew their permits.',
    },
    {
      text: 'Drivers do not need renew their permits.',
      errors: [{ messageId: 'infinitive', at: '1:21-1:26' }],
      output: 'Drivers do not need to renew their permits.',
    },
    {
      text: 'The minister refused answer the question.',
      errors: [{ messageId: 'infinitive', at: '1:22-1:28' }],
      output: 'The minister refused to answer the question.',
    },
    {
      text: 'Volunteers are eager to helping out.',
      errors: [{ messageId: 'infinitive', at: '1:25-1:32' }],
      output: 'Volunteers are eager to help out.',
    },
    {
      text: 'Staff forgot lock the gates.',
      errors: [{ messageId: 'infinitive', at: '1:14-1:18' }],
      output: 'Staff forgot to lock the gates.',
    },
    {
      text: 'The club is keen sign a striker.',
      errors: [{ messageId: 'infinitive', at: '1:18-1:22' }],
      output: 'The club is keen to sign a striker.',
    },
    {
      text: 'The leaflet explains how apply for a permit.',
      errors: [{ messageId: 'infinitive', at: '1:26-1:31' }],
      output: 'The leaflet explains how to apply for a permit.',
    },
    { text: 'Councils cannot afford spending more.', errors: [{ messageId: 'infinitive', at: '1:24-1:32' }], output: 'Councils cannot afford to spend more.' },
    { text: "I'm used to run every morning.", errors: [{ messageId: 'gerund', at: '1:13-1:16' }], output: "I'm used to running every morning." },
  ],
});
