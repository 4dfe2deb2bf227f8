import { testRule } from '../rule-tester.js';
import { determinerNounNumber } from '../../rules/determiner-noun-number.js';

testRule(determinerNounNumber, {
  valid: [
    // After its subject, "advices" is a misspelt verb, which confused-word reports.
    'He advices the board on pay.',
    // A tournament's finals are one event; a plural noun may modify the next one.
    'Wales have not reached a major finals since 1958.',
    'The device is no bigger than a games console.',
    'Hundreds of people queued outside.',
    'The town grew in the eighteen hundreds.',
    'Each plays a role in the team.',
    'The population rose to 21 millions by 1966.',
    'Tens of thousands marched.',
    'It needs the approval of both parliament and the council.',
    'There are many wine and cheese bars.',
    'They had a late breakfast and a dinner for 200 guests.',
    'She had a tea with friends.',
    'The rivals agreed to buy each other\'s engines.',
    'Each carries a spare key.',
    // Names, prices, currencies and units.
    'Adriano has 14 goals in 20 Serie A appearances, a proposed £500,000 move and 100,000 kroner, plus 4 oz. of cheese.',
    // "both … and" joins two phrases of any kind.
    'The code needs to be both safe against attacks and fast.',
    // Figures before a singular are amounts, labels and ranges; "you two" is a pronoun phrase.
    'The winner takes a £5,000 prize and the new 747 jet.',
    'The board backed it by a 6 to 2 vote.',
    'Where do you two go on Sundays?',
    'He made simple wooden desks and a sports car for the school.',
    'The ministry gave much information to the advice bureau, and these errors are costly.',
    // Idioms and quantities.
    'A good knowledge of French helps.',
    'A little knowledge is dangerous.',
    'Make the most of apples.',
    // Pronoun "those", "few"; nouns whose form hides their number.
    'Those close to him wept.',
    'Those standing were all men.',
    'Few doubt that he won.',
    'These sheep graze.',
    'She works for a series of firms.',
    // Compounds: the noun is not the head.
    'He told an investors\' conference.',
    'Iraq wants bids for two telephone licences.',
    'There are many good wine and food festivals.',
    'It was a ratings hit.',
    'He is one of the family now.',
    'She is one of the best players.',
    'A lot more people came.',
    // A noun with no count sense before a participle and a noun is an unhyphenated modifier; "one" before another noun counts that noun.
    'It was a software rendered scene with one software engineer.',
    'He showed a courage born of despair.',
    'She sold many ten pence coins and several dozen eggs to many thousands of people.',
  ],
  invalid: [
    {
      text: 'We found another problems with the plan.',
      errors: [{ messageId: 'plural-after-singular', at: '1:10-1:26' }],
      output: 'We found another problem with the plan.',
    },
    {
      text: 'Each pupils gets a laptop.',
      errors: [{ messageId: 'plural-after-singular', at: '1:1-1:12' }],
      output: 'Each pupil gets a laptop.',
    },
    {
      text: 'The library holds 300 map.',
      errors: [{ messageId: 'singular-after-plural', at: '1:19-1:26' }],
      output: 'The library holds 300 maps.',
    },
    {
      text: 'She owns three car.',
      errors: [{ messageId: 'singular-after-plural', at: '1:10-1:19' }],
      output: 'She owns three cars.',
    },
    {
      text: 'He made a simple wooden desks for the school.',
      errors: [{ messageId: 'plural-after-singular', at: '1:9-1:30' }],
      output: 'He made a simple wooden desk for the school.',
    },
    {
      text: 'The ministry gave many information to the bureau, and these error are costly.',
      errors: [
        { messageId: 'mass-counted', at: '1:19-1:35' },
        { messageId: 'singular-after-plural', at: '1:55-1:66' },
      ],
      output: 'The ministry gave much information to the bureau, and these errors are costly.',
    },
    {
      text: 'Give me the informations now.',
      errors: [{ messageId: 'mass-plural', at: '1:13-1:25' }],
      output: 'Give me the information now.',
    },
    {
      text: 'A good knowledge is power.',
      errors: [{ messageId: 'mass-counted', at: '1:1-1:17' }],
      output: 'Good knowledge is power.',
    },
    {
      text: 'There are many problem in Iraq.',
      errors: [{ messageId: 'singular-after-plural', at: '1:11-1:23' }],
      output: 'There are many problems in Iraq.',
    },
    {
      text: 'A great number of problem have arisen.',
      errors: [{ messageId: 'singular-after-plural', at: '1:16-1:26', data: { determiner: 'a number of' } }],
      output: 'A great number of problems have arisen.',
    },
    {
      text: 'Most of students do their homework.',
      errors: [{ messageId: 'bare-plural-after-of', at: '1:1-1:17' }],
      output: 'Most of the students do their homework.',
    },
    {
      text: 'Much people came.',
      errors: [{ messageId: 'plural-after-singular', at: '1:1-1:5' }],
      output: 'Many people came.',
    },
    {
      text: 'This errors are easy to fix.',
      errors: [{ messageId: 'plural-after-singular', at: '1:1-1:5' }],
      output: 'These errors are easy to fix.',
    },
    {
      text: 'They sold us a firmware with two bugs.',
      errors: [{ messageId: 'mass-counted', at: '1:14-1:24' }],
      output: 'They sold us firmware with two bugs.',
    },
    {
      text: 'Another malware written by a pupil was found in one software.',
      errors: [
        { messageId: 'mass-counted', at: '1:1-1:16' },
        { messageId: 'mass-counted', at: '1:49-1:61' },
      ],
    },
    {
      text: 'The tool writes several info to the log.',
      errors: [{ messageId: 'mass-counted', at: '1:17-1:29' }],
      output: 'The tool writes some info to the log.',
    },
    {
      text: 'Several two hosts went down, split by one punctuation with a gap.',
      errors: [
        { messageId: 'quantifier-and-number', at: '1:1-1:18' },
        { messageId: 'mass-counted', at: '1:39-1:54' },
      ],
      output: 'Two hosts went down, split by one punctuation with a gap.',
    },
    {
      text: 'I have a few luggage.',
      errors: [{ messageId: 'mass-counted', at: '1:10-1:21' }],
      output: 'I have a little luggage.',
    },
    {
      text: 'One of the neat trick with it is this.',
      errors: [{ messageId: 'singular-after-plural', at: '1:17-1:22' }],
      output: 'One of the neat tricks with it is this.',
    },
    {
      text: 'Ideally every advice would have an id.',
      errors: [{ messageId: 'mass-counted', at: '1:9-1:21' }],
    },
    {
      text: 'Why do my packages have fewer information?',
      errors: [{ messageId: 'mass-counted', at: '1:25-1:42' }],
      output: 'Why do my packages have less information?',
    },
    {
      text: 'A lot people were late.',
      errors: [{ messageId: 'missing-of', at: '1:1-1:13' }],
      output: 'A lot of people were late.',
    },
    { text: 'A hundreds people queued.', errors: [{ messageId: 'plural-after-singular', at: '1:1-1:11' }], output: 'A hundred people queued.' },
    { text: 'Officials found two dozens of boxes.', errors: [{ messageId: 'plural-after-singular', at: '1:17-1:27' }], output: 'Officials found two dozen of boxes.' },
    { text: 'The firm paid every employees a bonus.', errors: [{ messageId: 'plural-after-singular', at: '1:15-1:30' }], output: 'The firm paid every employee a bonus.' },
    { text: 'The shop sold many wine and a lot of beer.', errors: [{ messageId: 'singular-after-plural', at: '1:15-1:24' }], output: 'The shop sold many wines and a lot of beer.' },
    { text: 'We had a breakfast in the hotel.', errors: [{ messageId: 'meal-article', at: '1:8-1:19' }], output: 'We had breakfast in the hotel.' },
  ],
});
