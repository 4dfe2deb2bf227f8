import { testRule } from '../rule-tester.js';
import { wrongPreposition } from '../../rules/wrong-preposition.js';

testRule(wrongPreposition, {
  valid: [
    'By their own admission, the board had acted by its own rules, broken only by her own ragged breathing.',
    'A couple lives above the shop.',
    'The work takes a couple more days.',
    'Staff were afraid their jobs would go.',
    'The idea interested him.',
    'Fans are interested in buying tickets.',
    'He spent the last years of his life in Devon.',
    'Talks continued in the last days before the vote.',
    'Prices rose in the last few months.',
    'The panel counted the last minutes it was open.',
    'Most members are in favour of leaving.',
    // "good in" about a place, not a person's skill; a time after the preposition.
    'The food is good in Spain, and she was accused for the first time last year.',
    'He was good in goal.',
    'She is interested for sure.',
    // Pairings that can be right.
    'He was married with two children.',
    'He used his influence to win the vote.',
    'She gave a laugh of relief.',
    'Wealth is concentrated in the capital.',
    'The meal was accompanied with wine.',
    'The ferns are dying from too much water.',
    'This is as similar as possible.',
    // A participle used as a noun.
    'The accused for the case spoke.',
    'Rats are afraid of cats.',
    // A qualifier or a noun after the phrase; a phrase wrong only at the start of a sentence.
    'We arrived on the morning of the seventh.',
    'She was on the evening news.',
    'He was named in his birthday honours.',
    'It is based on fact, he said.',
    // Guards of the governed-preposition table: the object, the part of speech, an infinitive, an adverbial.
    'The damage was covered by insurance, and the team arrived to cheers.',
    'The parties entered into talks and voters agreed to the plan.',
    'The lack of money hurt, but he was ready to go.',
    'The scheme relies in part on volunteers who participated on Monday.',
    'He went to the home of his friend.',
    'Be prepared to occasionally wait.',
    'She has lived there since two years ago.',
    // Senses found right on news copy: a causative, an amount, a noun governing "in", an ordinal date.
    'The row could inflict damage on the party, and he faces a ban of between two and four games.',
    'Voters have more confidence in the internet, and it came down to lack of training.',
    'The attack happened on September 11th.',
  ],
  invalid: [
    {
      text: 'Few minutes ago the firm said it had built the tool by its own, and its staff rose the ranks.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:1-1:16' },
        { messageId: 'wrong-preposition', at: '1:53-1:63' },
        { messageId: 'wrong-preposition', at: '1:79-1:93' },
      ],
      output: 'A few minutes ago the firm said it had built the tool on its own, and its staff rose through the ranks.',
    },
    {
      text: 'Shoppers complained for the queues.',
      errors: [{ messageId: 'wrong-preposition', at: '1:10-1:24' }],
      output: 'Shoppers complained about the queues.',
    },
    {
      text: 'The town is famous of its cheese.',
      errors: [{ messageId: 'wrong-preposition', at: '1:13-1:22' }],
      output: 'The town is famous for its cheese.',
    },
    {
      text: 'The minister was accused for fraud and said he is good in negotiating.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:18-1:29' },
        { messageId: 'wrong-preposition', at: '1:51-1:58' },
      ],
      output: 'The minister was accused of fraud and said he is good at negotiating.',
    },
    {
      text: 'The meeting is today morning, and between three to five people will attend.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:16-1:29' },
        { messageId: 'wrong-preposition', at: '1:35-1:56' },
      ],
      output: 'The meeting is this morning, and between three and five people will attend.',
    },
    {
      text: 'Rats are afraid from cats.',
      errors: [{ messageId: 'wrong-preposition', at: '1:10-1:21' }],
      output: 'Rats are afraid of cats.',
    },
    {
      text: 'They will discuss about the plan.',
      errors: [{ messageId: 'needless-preposition', at: '1:11-1:24' }],
      output: 'They will discuss the plan.',
    },
    {
      text: "I'm good in maths.",
      errors: [{ messageId: 'wrong-preposition', at: '1:5-1:12' }],
      output: "I'm good at maths.",
    },
    {
      text: 'He feels more inferior than us.',
      errors: [{ messageId: 'wrong-preposition', at: '1:10-1:28' }],
      output: 'He feels inferior to us.',
    },
    {
      text: 'In nowadays, firms move fast.',
      errors: [{ messageId: 'wrong-preposition', at: '1:1-1:12' }],
      output: 'Nowadays, firms move fast.',
    },
    {
      text: 'Yesterday night the storm hit.',
      errors: [{ messageId: 'wrong-preposition', at: '1:1-1:16' }],
      output: 'Last night the storm hit.',
    },
    {
      text: 'We crave for this code.',
      errors: [{ messageId: 'needless-preposition', at: '1:4-1:13' }],
      output: 'We crave this code.',
    },
    {
      text: "I'm not so good in coding.",
      errors: [{ messageId: 'wrong-preposition', at: '1:12-1:19' }],
      output: "I'm not so good at coding.",
    },
    {
      text: 'There are countless of occurrences.',
      errors: [{ messageId: 'wrong-preposition', at: '1:11-1:23' }],
      output: 'There are countless occurrences.',
    },
    {
      text: 'The meeting is on the afternoon.',
      errors: [{ messageId: 'wrong-preposition', at: '1:16-1:32' }],
      output: 'The meeting is in the afternoon.',
    },
    {
      text: 'By example, poor spelling hurts.',
      errors: [{ messageId: 'wrong-preposition', at: '1:1-1:11' }],
      output: 'For example, poor spelling hurts.',
    },
    {
      text: 'It was a gift in my birthday.',
      errors: [{ messageId: 'wrong-preposition', at: '1:15-1:29' }],
      output: 'It was a gift on my birthday.',
    },
    {
      text: 'Rents have soared in the last years.',
      errors: [{ messageId: 'wrong-preposition', at: '1:22-1:36' }],
      output: 'Rents have soared in the last few years.',
    },
    {
      text: 'The town is famous its markets.',
      errors: [{ messageId: 'missing-preposition', at: '1:13-1:23' }],
      output: 'The town is famous for its markets.',
    },
    {
      text: 'Few pupils were interested joining.',
      errors: [{ messageId: 'missing-preposition', at: '1:17-1:35' }],
      output: 'Few pupils were interested in joining.',
    },
    {
      text: 'The shop shut a couple months ago.',
      errors: [{ messageId: 'wrong-preposition', at: '1:15-1:30' }],
      output: 'The shop shut a couple of months ago.',
    },
    {
      text: 'Most members are in favour leaving.',
      errors: [{ messageId: 'wrong-preposition', at: '1:18-1:35' }],
      output: 'Most members are in favour of leaving.',
    },
    {
      text: 'Residents want to participate to the debate.',
      errors: [{ messageId: 'wrong-preposition', at: '1:19-1:33' }],
      output: 'Residents want to participate in the debate.',
    },
    {
      text: 'The fields were covered by snow.',
      errors: [{ messageId: 'wrong-preposition', at: '1:17-1:27' }],
      output: 'The fields were covered with snow.',
    },
    {
      text: 'She arrived to the airport late.',
      errors: [{ messageId: 'wrong-preposition', at: '1:5-1:15' }],
      output: 'She arrived at the airport late.',
    },
    {
      text: 'He entered into the room.',
      errors: [{ messageId: 'needless-preposition', at: '1:4-1:16' }],
      output: 'He entered the room.',
    },
    {
      text: 'They lack of money.',
      errors: [{ messageId: 'needless-preposition', at: '1:6-1:13' }],
      output: 'They lack money.',
    },
    {
      text: 'Please listen music quietly.',
      errors: [{ messageId: 'missing-preposition', at: '1:8-1:20' }],
      output: 'Please listen to music quietly.',
    },
    {
      text: 'This medicine will cure you from the disease.',
      errors: [{ messageId: 'wrong-preposition', at: '1:20-1:33' }],
      output: 'This medicine will cure you of the disease.',
    },
    {
      text: 'The vote is in Monday.',
      errors: [{ messageId: 'wrong-preposition', at: '1:13-1:22' }],
      output: 'The vote is on Monday.',
    },
    {
      text: 'He went to home early.',
      errors: [{ messageId: 'wrong-preposition', at: '1:4-1:11' }],
      output: 'He went home early.',
    },
    {
      text: 'Can you explain me the rules?',
      errors: [{ messageId: 'missing-preposition', at: '1:9-1:19' }],
      output: 'Can you explain to me the rules?',
    },
    {
      text: 'Many went to a trip despite of the rain.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:6-1:13' },
        { messageId: 'wrong-preposition', at: '1:21-1:31' },
      ],
      output: 'Many went on a trip despite the rain.',
    },
    {
      text: 'He has lived there since three years.',
      errors: [{ messageId: 'wrong-preposition', at: '1:20-1:37' }],
      output: 'He has lived there for three years.',
    },
    {
      text: 'They participate to many debates.',
      errors: [{ messageId: 'wrong-preposition', at: '1:6-1:20' }],
      output: 'They participate in many debates.',
    },
  ],
});
