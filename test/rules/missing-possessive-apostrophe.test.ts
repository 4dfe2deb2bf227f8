import { testRule } from '../rule-tester.js';
import { missingPossessiveApostrophe } from '../../rules/missing-possessive-apostrophe.js';

testRule(missingPossessiveApostrophe, {
  valid: [
    "The senator's speech ran long, and the voters' mood soured.",
    'The sales team met the arms dealers at a sports club.',
    'A drugs test cleared the games console maker.',
    'The fans cheer every goal.',
    'The fans love him.',
    'The farmers plant barley in spring.',
    'Officials gave the players money for travel.',
    'The companies bidding for the contract were named.',
    'The Rangers manager praised the defence.',
    'Many tomorrows will pass before the vote.',
    'Prosecutors must prove mens rea.',
    'She holds two masters degrees.',
    'The hearing lasted two years.',
    'The sheep walked arm in arm, or rather side by side.',
    "Her children's charity and the men's final drew crowds.",
    'It will take two years to build a time machine.',
    'The persons involved were released.',
    'Among the players confidence is high.',
    'Over the years inflation and unemployment rose.',
    'The players union met the girls team at a farmers market.',
    'The doctors present were unanimous.',
    'The birds nest in the trees.',
    'The residents living there were moved.',
    // "women", "men" and "children" modify nouns for people and groups, may have a verb after them, and take two objects.
    'The women workers and the men players met the women staff.',
    'The women dress well, the children sleep early and the men team up.',
    'She bought the children toys and took the children home.',
    'Where the children work is noisy.',
  ],
  invalid: [
    {
      text: 'The mayors speech was cut short.',
      errors: [{ messageId: 'either', at: '1:5-1:11', data: { singular: "mayor's", plural: "mayors'" } }],
      output: "The mayor's speech was cut short.",
    },
    {
      text: 'The horses tail is plaited.',
      errors: [{ messageId: 'either', at: '1:5-1:11' }],
      output: "The horse's tail is plaited.",
    },
    {
      text: 'Police searched the suspects car in Leeds.',
      errors: [{ messageId: 'either', at: '1:21-1:29' }],
      output: "Police searched the suspect's car in Leeds.",
    },
    {
      text: 'The Ministers decision came late.',
      errors: [{ messageId: 'either', at: '1:5-1:14' }],
      output: "The Minister's decision came late.",
    },
    {
      text: 'Critics said the Tories plan was costly.',
      errors: [{ messageId: 'either', at: '1:18-1:24', data: { singular: "Tory's", plural: "Tories'" } }],
      output: "Critics said the Tory's plan was costly.",
    },
    {
      text: 'The judges ruling was final.',
      errors: [{ messageId: 'either', at: '1:5-1:11' }],
      output: "The judge's ruling was final.",
    },
    {
      text: 'He said a referees honesty is beyond doubt.',
      errors: [{ messageId: 'possessive', at: '1:11-1:19', data: { expected: "referee's" } }],
      output: "He said a referee's honesty is beyond doubt.",
    },
    {
      text: 'The farmer’s wife said the dogs bone was gone.',
      errors: [{ messageId: 'either', at: '1:28-1:32', data: { singular: 'dog’s', plural: 'dogs’' } }],
      output: 'The farmer’s wife said the dog’s bone was gone.',
    },
    {
      text: 'Fans held a minutes silence.',
      errors: [{ messageId: 'possessive', at: '1:13-1:20', data: { expected: "minute's" } }],
      output: "Fans held a minute's silence.",
    },
    {
      text: 'This years budget is smaller.',
      errors: [{ messageId: 'possessive', at: '1:6-1:11', data: { expected: "year's" } }],
      output: "This year's budget is smaller.",
    },
    {
      text: 'The bridge should open in three years time.',
      errors: [{ messageId: 'possessive', at: '1:33-1:38', data: { expected: "years'" } }],
      output: "The bridge should open in three years' time.",
    },
    {
      text: 'The companys profits fell, and the childs toy broke.',
      errors: [
        { messageId: 'possessive', at: '1:5-1:13', data: { expected: "company's" } },
        { messageId: 'possessive', at: '1:36-1:42', data: { expected: "child's" } },
      ],
      output: "The company's profits fell, and the child's toy broke.",
    },
    {
      text: 'Funding for the childrens ward was cut.',
      errors: [{ messageId: 'possessive', at: '1:17-1:26' }],
      output: "Funding for the children's ward was cut.",
    },
    {
      text: 'The children toys were scattered near their men boots.',
      errors: [
        { messageId: 'possessive', at: '1:5-1:13' },
        { messageId: 'possessive', at: '1:45-1:48' },
      ],
      output: "The children's toys were scattered near their men's boots.",
    },
    {
      text: 'She wrote a children book.',
      errors: [{ messageId: 'possessive', at: '1:13-1:21' }],
      output: "She wrote a children's book.",
    },
    {
      text: 'The women dress was red.',
      errors: [{ messageId: 'possessive', at: '1:5-1:10' }],
      output: "The women's dress was red.",
    },
    {
      text: 'Womens football drew a record crowd.',
      errors: [{ messageId: 'possessive', at: '1:1-1:7' }],
      output: "Women's football drew a record crowd.",
    },
    {
      text: 'She finished her masters dissertation in May.',
      errors: [{ messageId: 'possessive', at: '1:18-1:25' }],
      output: "She finished her master's dissertation in May.",
    },
  ],
});
