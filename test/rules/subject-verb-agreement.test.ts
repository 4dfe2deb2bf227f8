import { testRule } from '../rule-tester.js';
import { subjectVerbAgreement } from '../../rules/subject-verb-agreement.js';

testRule(subjectVerbAgreement, {
  valid: [
    // An opening phrase is no antecedent; a pronoun head takes the relative clause; a compound subject.
    'In other words, who cares about the result?',
    'Those on a tight budget who want a phone should wait.',
    'He is pleased when drugs cheats are caught.',
    // A surname the story gives in full is one person, however plural it looks.
    'The sprinter Dwain Chambers was cleared. Chambers was banned for two years in 2003.',
    "There's ten minutes left in the match.",
    'Here is 5 million pounds for the roads.',
    'The sprinter has improved since winning relay gold.',
    'While marketing speak describes the phone as new, it is not.',
    'Reading are top of the league.',
    'It sort of worked out.',
    'The board demanded that someone resign.',
    'The main goals for the project are to cut costs.',
    // British English lets a group noun take a plural verb.
    'The government are divided over the plan.',
    // A measure is one amount; "a number of" agrees with what follows.
    'Five years is a long time in politics.',
    'A number of MPs have objected.',
    // Names take either number.
    'Arsenal were beaten at home.',
    'Reuters says the deal is close.',
    // Subjunctives.
    'If he were in charge, things would change.',
    'The union demanded that he resign.',
    // The noun before the verb may be the subject of a clause inside the relative clause.
    'The man who said the reports are false has resigned.',
    // A speaker's words stand.
    '"The figures is wrong," he said.',
    'Sales of the car rose sharply.',
    'There is a dog and two cats in the house.',
    // A team's name stays a name at the start of a sentence; a compound noun before the real verb is no verb.
    'Rangers has a new manager.',
    'Analysts expect job gains in retail sales to continue.',
    // The relative clause may belong to the noun before the preposition.
    'She is the only one of the nurses who works nights.',
    'She treats them like family.',
    // Headline grammar drops words and bends agreement; a headline heads the body below it.
    'She like the new rules\n\nThe rules take effect in April.',
  ],
  invalid: [
    // A lone line has nothing to head: it is prose, full stop or not.
    {
      text: 'She like the new rules',
      errors: [{ messageId: 'singular-subject', at: '1:5-1:9' }],
      output: 'She likes the new rules',
    },
    {
      text: 'She like the new rules.',
      errors: [{ messageId: 'singular-subject', at: '1:5-1:9' }],
      output: 'She likes the new rules.',
    },
    {
      text: 'There are flaw in the design.',
      errors: [{ messageId: 'singular-subject', at: '1:7-1:15' }],
      output: 'There is flaw in the design.',
    },
    {
      text: 'Was there delays on the line?',
      errors: [{ messageId: 'plural-subject', at: '1:1-1:17' }],
      output: 'Were there delays on the line?',
    },
    {
      text: 'It reached the valley where farmers grows rice.',
      errors: [{ messageId: 'plural-subject', at: '1:37-1:42' }],
      output: 'It reached the valley where farmers grow rice.',
    },
    {
      text: 'Everybody have a vote.',
      errors: [{ messageId: 'singular-subject', at: '1:11-1:15' }],
      output: 'Everybody has a vote.',
    },
    {
      text: 'Horses sleeps standing up.',
      errors: [{ messageId: 'plural-subject', at: '1:8-1:14' }],
      output: 'Horses sleep standing up.',
    },
    {
      text: 'Sam and his brother plays the piano.',
      errors: [{ messageId: 'plural-subject', at: '1:21-1:26' }],
      output: 'Sam and his brother play the piano.',
    },
    {
      text: 'Some drivers thinks the road is safe.',
      errors: [{ messageId: 'plural-subject', at: '1:14-1:20' }],
      output: 'Some drivers think the road is safe.',
    },
    {
      text: 'Most farmers in Kent wants to sell.',
      errors: [{ messageId: 'plural-subject', at: '1:22-1:27' }],
      output: 'Most farmers in Kent want to sell.',
    },
    {
      text: 'We hired builders who has done this before.',
      errors: [{ messageId: 'plural-subject', at: '1:23-1:26' }],
      output: 'We hired builders who have done this before.',
    },
    {
      text: 'The main goals for the project is to cut costs.',
      errors: [{ messageId: 'plural-subject', at: '1:32-1:34' }],
      output: 'The main goals for the project are to cut costs.',
    },
    {
      text: 'The cost of the repairs were not disclosed.',
      errors: [{ messageId: 'singular-subject', at: '1:25-1:29' }],
      output: 'The cost of the repairs was not disclosed.',
    },
    {
      text: 'The officers, who are trained to find drugs, was praised.',
      errors: [{ messageId: 'plural-subject', at: '1:46-1:49' }],
      output: 'The officers, who are trained to find drugs, were praised.',
    },
    {
      text: 'Many residents who lives near the plant complained.',
      errors: [{ messageId: 'plural-subject', at: '1:20-1:25' }],
      output: 'Many residents who live near the plant complained.',
    },
    {
      text: 'There is many reasons to worry.',
      errors: [{ messageId: 'plural-subject', at: '1:7-1:22' }],
      output: 'There are many reasons to worry.',
    },
    {
      text: 'They was told to leave.',
      errors: [{ messageId: 'plural-subject', at: '1:6-1:9' }],
      output: 'They were told to leave.',
    },
    {
      text: 'Does the ministers agree?',
      errors: [{ messageId: 'plural-subject', at: '1:1-1:5' }],
      output: 'Do the ministers agree?',
    },
    {
      text: 'The teacher and her pupils is in the hall.',
      errors: [{ messageId: 'plural-subject', at: '1:28-1:30' }],
      output: 'The teacher and her pupils are in the hall.',
    },
    {
      text: 'Reporters asked whether the minister resign.',
      errors: [{ messageId: 'singular-subject', at: '1:38-1:44' }],
      output: 'Reporters asked whether the minister resigns.',
    },
    {
      text: 'Where is the missing files?',
      errors: [{ messageId: 'plural-subject', at: '1:7-1:9' }],
      output: 'Where are the missing files?',
    },
    {
      text: 'Has the ministers told the truth?',
      errors: [{ messageId: 'plural-subject', at: '1:1-1:4' }],
      output: 'Have the ministers told the truth?',
    },
    {
      text: 'Someone else always lock the gate.',
      errors: [{ messageId: 'singular-subject', at: '1:21-1:25' }],
      output: 'Someone else always locks the gate.',
    },
    {
      text: 'It support the new budget.',
      errors: [{ messageId: 'singular-subject', at: '1:4-1:11' }],
      output: 'It supports the new budget.',
    },
    { text: "There's three buses waiting outside.", errors: [{ messageId: 'plural-subject', at: '1:1-1:8' }], output: 'There are three buses waiting outside.' },
    { text: 'Here is 5 men from the village.', errors: [{ messageId: 'plural-subject', at: '1:6-1:8' }], output: 'Here are 5 men from the village.' },
    { text: 'Advertising are costly for small firms.', errors: [{ messageId: 'singular-subject', at: '1:13-1:16' }], output: 'Advertising is costly for small firms.' },
    { text: 'It is a town where farming, for example, mean long hours.', errors: [{ messageId: 'singular-subject', at: '1:42-1:46' }], output: 'It is a town where farming, for example, means long hours.' },
  ],
});
