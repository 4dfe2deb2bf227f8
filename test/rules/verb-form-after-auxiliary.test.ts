import { testRule } from '../rule-tester.js';
import { verbFormAfterAuxiliary } from '../../rules/verb-form-after-auxiliary.js';

testRule(verbFormAfterAuxiliary, {
  valid: [
    // "they're is" means "there is", which confused-word reports.
    "Officials said they're is no plan.",
    // An -ing form after an infinitive's "to" is verb-complement-form's to report.
    'The council is ready to selling the land.',
    // The noun "will", an adjective before its noun, and a participle before a name and a noun.
    'Coaches prize the will to win, and the phrase \'will to win\' is everywhere.',
    'The report maps out an easy path to becoming a leader.',
    'Where do strained US-China relations go from here?',
    'The key is knowing when to stop.',
    'You are always doubting the figures.',
    'She is very understanding about the delay.',
    "I'm not doubting his talent.",
    'The board is realising its mistake.',
    "He's afraid of the dark, and we were aware of it.",
    'Players have hamstring concerns, and she has leave to appeal.',
    'The new line would be popular.',
    'Prices may well rise again.',
    'Rival bids may muddy the waters.',
    'If there, a delay is likely.',
    'Crews stayed there a week.',
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
    // "to" as a preposition before a gerund; "by" as an adverb; a noun before "by".
    'She is used to working nights.',
    'He did everything he could to help the family.',
    'They have cut the budget.',
    'He was broke after the bet.',
    'Whatever it was is gone now.',
    'Officials saw them leaving the building.',
    'The station is close by.',
    'The rooms must be clean first.',
    'Among the items on show are works by local artists.',
  ],
  invalid: [
    {
      text: 'The road is been closed since May.',
      errors: [{ messageId: 'be-been', at: '1:10-1:12' }],
      output: 'The road has been closed since May.',
    },
    {
      text: "We're been waiting for hours.",
      errors: [{ messageId: 'be-been', at: '1:1-1:6' }],
      output: "We've been waiting for hours.",
    },
    {
      text: 'The fans are were delighted.',
      errors: [{ messageId: 'double-be', at: '1:10-1:18' }],
      output: 'The fans are delighted.',
    },
    {
      text: 'The plan may seen odd at first.',
      errors: [{ messageId: 'bare-infinitive', at: '1:14-1:18' }],
      output: 'The plan may see odd at first.',
    },
    {
      text: 'The letter was wrote by hand.',
      errors: [{ messageId: 'participle', at: '1:16-1:21' }],
      output: 'The letter was written by hand.',
    },
    {
      text: 'Since January, we quietly selling the stock.',
      errors: [{ messageId: 'missing-be', at: '1:16-1:34' }],
      output: 'Since January, we are quietly selling the stock.',
    },
    {
      text: 'That is cause by a leak.',
      errors: [{ messageId: 'participle', at: '1:9-1:14' }],
      output: 'That is caused by a leak.',
    },
    {
      text: 'Drivers must to stop at the line.',
      errors: [{ messageId: 'modal-to', at: '1:9-1:16' }],
      output: 'Drivers must stop at the line.',
    },
    {
      text: 'Few people have see the report.',
      errors: [{ messageId: 'participle', at: '1:17-1:20' }],
      output: 'Few people have seen the report.',
    },
    {
      text: 'We do not needs more staff.',
      errors: [{ messageId: 'bare-infinitive', at: '1:11-1:16' }],
      output: 'We do not need more staff.',
    },
    {
      text: 'Does the scheme works?',
      errors: [{ messageId: 'bare-infinitive', at: '1:17-1:22' }],
      output: 'Does the scheme work?',
    },
    {
      text: 'The delay was cause by a strike.',
      errors: [{ messageId: 'participle', at: '1:15-1:20' }],
      output: 'The delay was caused by a strike.',
    },
    {
      text: 'The firm hopes to bought the site.',
      errors: [{ messageId: 'bare-infinitive', at: '1:19-1:25' }],
      output: 'The firm hopes to buy the site.',
    },
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
    {
      text: 'The new line would popular with commuters.',
      errors: [{ messageId: 'missing-be', at: '1:14-1:27' }],
      output: 'The new line would be popular with commuters.',
    },
    {
      text: 'Call the office if there a problem.',
      errors: [{ messageId: 'missing-be', at: '1:20-1:27' }],
      output: 'Call the office if there is a problem.',
    },
    {
      text: 'I am knowing the answer.',
      errors: [{ messageId: 'stative-progressive', at: '1:3-1:13' }],
      output: 'I know the answer.',
    },
    {
      text: 'He had been knowing it for years.',
      errors: [{ messageId: 'stative-progressive', at: '1:4-1:20' }],
      output: 'He had known it for years.',
    },
    {
      text: "They're believing the rumour.",
      errors: [{ messageId: 'stative-progressive', at: '1:1-1:18' }],
      output: 'They believe the rumour.',
    },
    { text: 'She was seeming tired.', errors: [{ messageId: 'stative-progressive', at: '1:5-1:16' }], output: 'She seemed tired.' },
    { text: 'We are not understanding the plan.', errors: [{ messageId: 'stative-progressive', at: '1:4-1:25' }] },
    { text: 'The bridge was not been repaired.', errors: [{ messageId: 'be-been', at: '1:12-1:15' }], output: 'The bridge had not been repaired.' },
    { text: "The bridge wasn't been repaired.", errors: [{ messageId: 'be-been', at: '1:12-1:18' }], output: "The bridge hadn't been repaired." },
    { text: 'I afraid of the dark.', errors: [{ messageId: 'missing-be', at: '1:1-1:9' }], output: 'I am afraid of the dark.' },
    { text: "She doesn't afraid of the dark.", errors: [{ messageId: 'missing-be', at: '1:1-1:19' }], output: "She isn't afraid of the dark." },
    { text: 'The minister has give up.', errors: [{ messageId: 'participle', at: '1:18-1:22' }], output: 'The minister has given up.' },
    { text: 'We have eat dinner.', errors: [{ messageId: 'participle', at: '1:9-1:12' }], output: 'We have eaten dinner.' },
    { text: "She didn't said anything.", errors: [{ messageId: 'bare-infinitive', at: '1:12-1:16' }], output: "She didn't say anything." },
  ],
});
