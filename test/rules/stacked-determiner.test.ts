import { testRule } from '../rule-tester.js';
import { stackedDeterminer } from '../../rules/stacked-determiner.js';

testRule(stackedDeterminer, {
  valid: [
    'The longer the strike lasts, the worse it gets.',
    'The firm cut its prices.',
    'She was the It girl of the season.',
    'He joined the A-team last year.',
    'The the word appears twice here.',
    // Names that take "the", devices, and a title's capitalised "The".
    "The BBC's staff walked along the Thames's banks to the Hague's courts.",
    "The iPhone's battery outlasted the Android's screen.",
    "She starred in The London's Burning revival.",
    'Pick a point between a and b, or option a or b.',
    'We saw the The Who tribute.',
  ],
  invalid: [
    {
      text: 'It was the precisely the wrong moment.',
      errors: [{ messageId: 'stacked', at: '1:8-1:25' }],
      output: 'It was precisely the wrong moment.',
    },
    {
      text: "The London's population grew, and the macOS’s Finder froze.",
      errors: [
        { messageId: 'article-before-name-possessive', at: '1:1-1:13' },
        { messageId: 'article-before-name-possessive', at: '1:35-1:46' },
      ],
      output: "London's population grew, and macOS’s Finder froze.",
    },
    {
      text: 'The and other options were dropped, a because nobody asked.',
      errors: [
        { messageId: 'article-without-noun', at: '1:1-1:8' },
        { messageId: 'article-without-noun', at: '1:37-1:46' },
      ],
    },
    {
      text: 'It failed, so the The proper fix waits.',
      errors: [{ messageId: 'stacked', at: '1:15-1:22' }],
      output: 'It failed, so the proper fix waits.',
    },
    {
      text: 'The a plan was dropped.',
      errors: [{ messageId: 'stacked', at: '1:1-1:6' }],
    },
    {
      text: 'It changed the my view of the case.',
      errors: [{ messageId: 'stacked', at: '1:12-1:18' }],
    },
  ],
});
