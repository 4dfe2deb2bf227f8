import { testRule } from '../rule-tester.js';
import { wrongPreposition } from '../../rules/wrong-preposition.js';

testRule(wrongPreposition, {
  valid: [
    // A plural that is also a verb may be the couple's own verb.
    'A couple lives in the house.',
    // "consist in" meaning "lie in", "keen" meaning "sharp", a superlative and its group, a participle clause.
    'The charm of the plan consists in its simplicity.',
    'There was something keen in that voice.',
    'She is the most famous of the three sisters.',
    'The players will be scared going into the final.',
    // Named places, a body's side, and "at" that belongs to the verb before it.
    'Most of the fighting was in the North Island. The ball hit him in the right side of his face.',
    'All we are looking at here is the mechanics of the vote.',
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
    'Prices have risen since nearly three years ago.',
    // Senses found right on news copy: a causative, an amount, a noun governing "in", an ordinal date.
    'The row could inflict damage on the party, and he faces a ban of between two and four games.',
    'Voters have more confidence in the internet, and it came down to lack of training.',
    'The attack happened on September 11th.',
    // Guards of the broader learner table: senses that are right, amounts, names, set phrases, nouns governing the preposition.
    'Soldiers died for their country, and she died by suicide in 2019.',
    'The rules apply to welfare too, and he applied to the university.',
    'There was an increase of 5% in prices, and the rise of China worried them.',
    'The demands of the protesters were met.',
    'He was in charge for only three days, and she was in charge for three years.',
    'I worry for her safety.',
    'The crash happened in the bus lane near the bus station.',
    'He bought a stake in Twitter.',
    'He looked up at the third floor.',
    'He scored at the first time of asking.',
    'There was a rise in average earnings.',
    'Everyone came, except of course the mayor.',
    'The accounts as at 31 March showed a loss.',
    'In May 10 people died.',
    'During two years of war they suffered.',
    'The only hospital in the Canary Islands closed.',
    'Members in a party must vote.',
    'The focus is on the meeting, and he reported on the meeting.',
    'They lived in the mission.',
    'Seen in the historical perspective, it matters, so put things in perspective.',
    'They commented on the photo.',
    'He spent £50 on Christmas.',
    'She will arrive on Christmas Day.',
    'He came in second place.',
    'He was dubbed as a genius.',
    'The papers in my desk are old.',
    'I thought to myself that it was odd, and she was interested to hear it.',
    'He succeeded to the throne.',
    'She was angry with him.',
    "They arrived Monday, and she graduated summa cum laude; staff will arrive Monday's session early.",
    'The store opened on 2019 figures, and he was born on 5 May 1990.',
    'Fans were upset with the decision, and she holds strong beliefs on the issue; he is trusted on crime.',
    'The monthly fall of prices slowed.',
    'The wings are associated to speed in the model.',
    'The hole in the ship let water in.',
  ],
  invalid: [
    {
      text: 'A couple seconds ago the phone rang.',
      errors: [{ messageId: 'wrong-preposition', at: '1:1-1:17' }],
      output: 'A couple of seconds ago the phone rang.',
    },
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
      text: 'The fault has been known since more than nine years.',
      errors: [{ messageId: 'wrong-preposition', at: '1:26-1:52' }],
      output: 'The fault has been known for more than nine years.',
    },
    {
      text: 'They participate to many debates.',
      errors: [{ messageId: 'wrong-preposition', at: '1:6-1:20' }],
      output: 'They participate in many debates.',
    },
    {
      text: 'Three climbers died for hunger on the ridge, and the council has no solution for the problem.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:16-1:24' },
        { messageId: 'wrong-preposition', at: '1:69-1:81' },
      ],
      output: 'Three climbers died of hunger on the ridge, and the council has no solution to the problem.',
    },
    {
      text: 'Rents drove an increase of prices, and the demand of housing kept rising.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:16-1:27' },
        { messageId: 'wrong-preposition', at: '1:44-1:53' },
      ],
      output: 'Rents drove an increase in prices, and the demand for housing kept rising.',
    },
    {
      text: 'The candidate applied on a visa and was admitted in hospital a week later.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:15-1:25' },
        { messageId: 'wrong-preposition', at: '1:41-1:52' },
      ],
      output: 'The candidate applied for a visa and was admitted to hospital a week later.',
    },
    {
      text: 'She graduated at Leeds college in 2009.',
      errors: [{ messageId: 'wrong-preposition', at: '1:5-1:17' }],
      output: 'She graduated from Leeds college in 2009.',
    },
    {
      text: 'The fans were angry with the decision, and the coach was angry to them.',
      errors: [{ messageId: 'wrong-preposition', at: '1:58-1:66' }],
      output: 'The fans were angry with the decision, and the coach was angry with them.',
    },
    {
      text: 'You can count with us, he said, but turnout depends to the weather.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:9-1:19' },
        { messageId: 'wrong-preposition', at: '1:45-1:55' },
      ],
      output: 'You can count on us, he said, but turnout depends on the weather.',
    },
    {
      text: 'The impact to the business is a threat for us.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:5-1:14' },
        { messageId: 'wrong-preposition', at: '1:33-1:43' },
      ],
      output: 'The impact on the business is a threat to us.',
    },
    {
      text: 'Explain him the plan; it happened me too and I agree him.',
      errors: [
        { messageId: 'missing-preposition', at: '1:1-1:12' },
        { messageId: 'missing-preposition', at: '1:26-1:37' },
        { messageId: 'missing-preposition', at: '1:48-1:57' },
      ],
      output: 'Explain to him the plan; it happened to me too and I agree with him.',
    },
    {
      text: 'They participated the race because it depends the weather.',
      errors: [
        { messageId: 'missing-preposition', at: '1:6-1:22' },
        { messageId: 'missing-preposition', at: '1:39-1:50' },
      ],
      output: 'They participated in the race because it depends on the weather.',
    },
    {
      text: 'We met in the bus and read it in the website.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:8-1:18' },
        { messageId: 'wrong-preposition', at: '1:31-1:45' },
      ],
      output: 'We met on the bus and read it on the website.',
    },
    {
      text: 'She lives in the ground floor, in the right side of the building.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:11-1:30' },
        { messageId: 'wrong-preposition', at: '1:32-1:52' },
      ],
      output: 'She lives on the ground floor, on the right side of the building.',
    },
    {
      text: 'I play golf in the weekend and we met at the noon.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:13-1:27' },
        { messageId: 'wrong-preposition', at: '1:39-1:50' },
      ],
      output: 'I play golf at the weekend and we met at noon.',
    },
    {
      text: 'He arrived in the beginning of May and saw it at the first time.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:12-1:31' },
        { messageId: 'wrong-preposition', at: '1:47-1:64' },
      ],
      output: 'He arrived at the beginning of May and saw it for the first time.',
    },
    {
      text: 'Workers are in strike and the tickets are in sale.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:13-1:22' },
        { messageId: 'wrong-preposition', at: '1:43-1:50' },
      ],
      output: 'Workers are on strike and the tickets are on sale.',
    },
    {
      text: 'In average, prices rose, and he lives in abroad.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:1-1:11' },
        { messageId: 'wrong-preposition', at: '1:39-1:48' },
      ],
      output: 'On average, prices rose, and he lives abroad.',
    },
    {
      text: 'Everyone except of him came in spite the rain.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:10-1:19' },
        { messageId: 'wrong-preposition', at: '1:29-1:41' },
      ],
      output: 'Everyone except him came in spite of the rain.',
    },
    {
      text: 'It is the same like before, and they came in search for work.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:7-1:20' },
        { messageId: 'wrong-preposition', at: '1:43-1:56' },
      ],
      output: 'It is the same as before, and they came in search of work.',
    },
    {
      text: 'He was born in 5 May 1990 and left on March 2020.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:13-1:21' },
        { messageId: 'wrong-preposition', at: '1:36-1:49' },
      ],
      output: 'He was born on 5 May 1990 and left in March 2020.',
    },
    {
      text: 'He worked there during two years.',
      errors: [{ messageId: 'wrong-preposition', at: '1:17-1:33' }],
      output: 'He worked there for two years.',
    },
    {
      text: 'They live in a small island and he met her in a party.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:11-1:28' },
        { messageId: 'wrong-preposition', at: '1:44-1:54' },
      ],
      output: 'They live on a small island and he met her at a party.',
    },
    {
      text: 'I was on a meeting, and Bond is in a secret mission.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:7-1:19' },
        { messageId: 'wrong-preposition', at: '1:33-1:52' },
      ],
      output: 'I was at a meeting, and Bond is on a secret mission.',
    },
    {
      text: 'Most creatures in the planet Earth breathe, and I wrote it in my own page.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:16-1:29' },
        { messageId: 'wrong-preposition', at: '1:60-1:74' },
      ],
      output: 'Most creatures on the planet Earth breathe, and I wrote it on my own page.',
    },
    {
      text: 'In the economic perspective, the plan fails.',
      errors: [{ messageId: 'wrong-preposition', at: '1:1-1:28' }],
      output: 'From the economic perspective, the plan fails.',
    },
    {
      text: 'He is on the photo with his wife.',
      errors: [{ messageId: 'wrong-preposition', at: '1:7-1:19' }],
      output: 'He is in the photo with his wife.',
    },
    {
      text: 'The firm is located on 12 Mill Road.',
      errors: [{ messageId: 'wrong-preposition', at: '1:21-1:36' }],
      output: 'The firm is located at 12 Mill Road.',
    },
    {
      text: 'She will arrive on Christmas.',
      errors: [{ messageId: 'wrong-preposition', at: '1:17-1:29' }],
      output: 'She will arrive at Christmas.',
    },
    {
      text: 'Judy came in the house and they dubbed it as the new Eden.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:6-1:13' },
        { messageId: 'wrong-preposition', at: '1:33-1:45' },
      ],
      output: 'Judy came into the house and they dubbed it the new Eden.',
    },
    {
      text: 'You can apply to welfare.',
      errors: [{ messageId: 'wrong-preposition', at: '1:9-1:17' }],
      output: 'You can apply for welfare.',
    },
    {
      text: "Don't worry for.",
      errors: [{ messageId: 'wrong-preposition', at: '1:7-1:16' }],
      output: "Don't worry about.",
    },
    {
      text: 'He returned in Montreal and went on a trip in Lisbon.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:4-1:15' },
        { messageId: 'wrong-preposition', at: '1:39-1:46' },
      ],
      output: 'He returned to Montreal and went on a trip to Lisbon.',
    },
    {
      text: 'The button is on the top left corner of the page.',
      errors: [{ messageId: 'wrong-preposition', at: '1:15-1:40' }],
      output: 'The button is in the top left corner of the page.',
    },
    {
      text: 'It is sure that he will win.',
      errors: [{ messageId: 'wrong-preposition', at: '1:1-1:16' }],
      output: 'It is certain that he will win.',
    },
    {
      text: 'He growled to him.',
      errors: [{ messageId: 'wrong-preposition', at: '1:4-1:14' }],
      output: 'He growled at him.',
    },
    {
      text: 'I think to my family, and she is interested to the arts.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:3-1:11' },
        { messageId: 'wrong-preposition', at: '1:34-1:47' },
      ],
      output: 'I think about my family, and she is interested in the arts.',
    },
    {
      text: 'I remember of that day, they play to football and she plays of the piano.',
      errors: [
        { messageId: 'needless-preposition', at: '1:3-1:14' },
        { messageId: 'needless-preposition', at: '1:30-1:37' },
        { messageId: 'needless-preposition', at: '1:55-1:63' },
      ],
      output: 'I remember that day, they play football and she plays the piano.',
    },
    {
      text: 'He succeeded to pass the exam and the house was surrounded of trees.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:4-1:21' },
        { messageId: 'wrong-preposition', at: '1:49-1:62' },
      ],
      output: 'He succeeded in passing the exam and the house was surrounded by trees.',
    },
    {
      text: 'They laughed of him, and he never arrives at time.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:6-1:16' },
        { messageId: 'wrong-preposition', at: '1:43-1:50' },
      ],
      output: 'They laughed at him, and he never arrives on time.',
    },
    {
      text: 'According to me, the plan is wrong.',
      errors: [{ messageId: 'wrong-preposition', at: '1:1-1:16' }],
      output: 'In my opinion, the plan is wrong.',
    },
    {
      text: 'I came to plane and ate in my desk.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:3-1:10' },
        { messageId: 'wrong-preposition', at: '1:25-1:35' },
      ],
      output: 'I came by plane and ate at my desk.',
    },
    {
      text: 'Independently from the result, the curator on the exhibition resigned.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:1-1:19' },
        { messageId: 'wrong-preposition', at: '1:36-1:46' },
      ],
      output: 'Independently of the result, the curator of the exhibition resigned.',
    },
    {
      text: "I'll make an exception to you.",
      errors: [{ messageId: 'wrong-preposition', at: '1:14-1:26' }],
      output: "I'll make an exception for you.",
    },
    {
      text: 'The vote is important with us.',
      errors: [{ messageId: 'wrong-preposition', at: '1:13-1:27' }],
      output: 'The vote is important to us.',
    },
    {
      text: 'Let me explain you why the plan failed; he graduated Yale and will arrive Dallas soon.',
      errors: [
        { messageId: 'missing-preposition', at: '1:8-1:19' },
        { messageId: 'missing-preposition', at: '1:44-1:58' },
        { messageId: 'missing-preposition', at: '1:68-1:81' },
      ],
      output: 'Let me explain to you why the plan failed; he graduated from Yale and will arrive in Dallas soon.',
    },
    {
      text: 'The painter was inspired with the coast, according about a survey.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:17-1:30' },
        { messageId: 'wrong-preposition', at: '1:42-1:57' },
      ],
      output: 'The painter was inspired by the coast, according to a survey.',
    },
    {
      text: 'She was born on 1990, and the book was translated in English.',
      errors: [
        { messageId: 'wrong-preposition', at: '1:14-1:21' },
        { messageId: 'wrong-preposition', at: '1:40-1:53' },
      ],
      output: 'She was born in 1990, and the book was translated into English.',
    },
  ],
});
