import { testRule } from '../rule-tester.js';
import { confusedWord } from '../../rules/confused-word.js';

testRule(confusedWord, {
  valid: [
    "It's time for a change.",
    'The change will take effect next month.',
    'The storm could affect thousands of homes.',
    'Officials hope to effect a change in policy.',
    'There is no evidence.',
    'He will lead the team.',
    'The screws were loose.',
    'Prices were higher then.',
    'The leaked report had its own problems.',
    // "own" is the verb here.
    'Companies there own the land.',
    // A name.
    'Free Reign Entertainment released the game.',
    'The plan was approved in principle.',
    'Whose car was stolen?',
    'The council has led the way.',
    'The hosts lead by two goals.',
    'She paid him a compliment.',
    "I think it's right.",
  ],
  invalid: [
    { text: "The company lost it's contract.", errors: [{ messageId: 'confused', at: '1:18-1:22' }], output: 'The company lost its contract.' },
    { text: 'The firm cut its prices, and its been a difficult year.', errors: [{ messageId: 'confused', at: '1:30-1:33' }], output: "The firm cut its prices, and it's been a difficult year." },
    { text: 'The storm could effect thousands of homes.', errors: [{ messageId: 'confused', at: '1:17-1:23' }], output: 'The storm could affect thousands of homes.' },
    { text: 'The ban had no affect on sales.', errors: [{ messageId: 'confused', at: '1:16-1:22' }], output: 'The ban had no effect on sales.' },
    { text: 'Their is no evidence of fraud.', errors: [{ messageId: 'confused', at: '1:1-1:6' }], output: 'There is no evidence of fraud.' },
    { text: 'The principle reason for the delay was cost.', errors: [{ messageId: 'confused', at: '1:5-1:14' }], output: 'The principal reason for the delay was cost.' },
    { text: 'The talks were agreed in principal.', errors: [{ messageId: 'confused', at: '1:26-1:35' }], output: 'The talks were agreed in principle.' },
    { text: 'The inquiry has lead to three arrests.', errors: [{ messageId: 'confused', at: '1:17-1:21' }], output: 'The inquiry has led to three arrests.' },
    { text: 'Investors could loose their savings.', errors: [{ messageId: 'confused', at: '1:17-1:22' }], output: 'Investors could lose their savings.' },
    { text: 'Profits were higher then expected.', errors: [{ messageId: 'confused', at: '1:21-1:25' }], output: 'Profits were higher than expected.' },
    { text: 'The city counsel approved the budget.', errors: [{ messageId: 'confused', at: '1:10-1:17' }], output: 'The city council approved the budget.' },
    { text: 'He hired legal council for the case.', errors: [{ messageId: 'confused', at: '1:16-1:23' }], output: 'He hired legal counsel for the case.' },
    { text: 'Police made discrete inquiries.', errors: [{ messageId: 'confused', at: '1:13-1:21' }], output: 'Police made discreet inquiries.' },
    { text: "The man who's car was stolen called police.", errors: [{ messageId: 'confused', at: '1:9-1:14' }], output: 'The man whose car was stolen called police.' },
    { text: 'He should of known.', errors: [{ messageId: 'confused', at: '1:11-1:13' }], output: 'He should have known.' },
    { text: 'She paid him a complement.', errors: [{ messageId: 'confused', at: '1:16-1:26' }], output: 'She paid him a compliment.' },
    { text: 'The rebels were given free reign.', errors: [{ messageId: 'confused', at: '1:28-1:33' }], output: 'The rebels were given free rein.' },
    { text: 'Its been a long week, he said.', errors: [{ messageId: 'confused', at: '1:1-1:4' }], output: "It's been a long week, he said." },
    { text: 'The firm had it’s best year.', errors: [{ messageId: 'confused', at: '1:14-1:18' }], output: 'The firm had its best year.' },
  ],
});
