/**
 * Hand-tagged gold sentences for choosing and checking the part-of-speech tagger.
 *
 * Tokens are the nlcst WordNodes that retext-english produces for `text` (punctuation dropped),
 * so "Korea's", "don't" and "It's" are one token each and "2,000" is two ("2", "000").
 * Each token is `[word, tag, lemma?]`:
 * - `tag` is a Penn Treebank tag; "A|B" accepts either where the grammar is genuinely ambiguous.
 * - `lemma` is the lower-case dictionary form, omitted when it equals the lower-cased word.
 *
 * Conventions for one-token clitics (the tagger sees them whole):
 * - noun + possessive ("Korea's", "children's") takes the noun's tag and lemma;
 * - verb + "n't" ("didn't") and pronoun + auxiliary ("It's", "They're") take the verb's tag and
 *   lemma, because that word carries the clause's finite verb;
 * - names (NNP, NNPS) keep their surface form as lemma.
 *
 * `heldOut` is never used to tune post-rules; it only reports accuracy.
 */

/** One gold token: word, Penn tag (or alternatives "A|B"), optional lemma. */
export type GoldToken = readonly [word: string, tag: string, lemma?: string];

/** A gold sentence: its source text and its word tokens in order. */
export interface GoldSentence {
  text: string;
  tokens: readonly GoldToken[];
}

/** Sentences that post-rules may be tuned on. */
export const tuning: readonly GoldSentence[] = [
  {
    text: "South Korea's presidential spokesman said on Tuesday that the talks had been productive.",
    tokens: [['South', 'NNP'], ["Korea's", 'NNP', 'korea'], ['presidential', 'JJ'], ['spokesman', 'NN'], ['said', 'VBD', 'say'], ['on', 'IN'], ['Tuesday', 'NNP'], ['that', 'IN'], ['the', 'DT'], ['talks', 'NNS', 'talk'], ['had', 'VBD', 'have'], ['been', 'VBN', 'be'], ['productive', 'JJ']],
  },
  {
    text: 'Providing the bulk of the funding, the European Union has pledged another 2 billion euros.',
    tokens: [['Providing', 'VBG', 'provide'], ['the', 'DT'], ['bulk', 'NN'], ['of', 'IN'], ['the', 'DT'], ['funding', 'NN'], ['the', 'DT'], ['European', 'NNP'], ['Union', 'NNP'], ['has', 'VBZ', 'have'], ['pledged', 'VBN', 'pledge'], ['another', 'DT'], ['2', 'CD'], ['billion', 'CD'], ['euros', 'NNS', 'euro']],
  },
  {
    text: 'Prime Minister Jacinda Ardern announced the new measures at a press conference in Wellington.',
    tokens: [['Prime', 'NNP'], ['Minister', 'NNP'], ['Jacinda', 'NNP'], ['Ardern', 'NNP'], ['announced', 'VBD', 'announce'], ['the', 'DT'], ['new', 'JJ'], ['measures', 'NNS', 'measure'], ['at', 'IN'], ['a', 'DT'], ['press', 'NN'], ['conference', 'NN'], ['in', 'IN'], ['Wellington', 'NNP']],
  },
  {
    text: '"We are not going to back down," the union leader told reporters outside the factory.',
    tokens: [['We', 'PRP'], ['are', 'VBP', 'be'], ['not', 'RB'], ['going', 'VBG', 'go'], ['to', 'TO'], ['back', 'VB'], ['down', 'RP'], ['the', 'DT'], ['union', 'NN'], ['leader', 'NN'], ['told', 'VBD', 'tell'], ['reporters', 'NNS', 'reporter'], ['outside', 'IN'], ['the', 'DT'], ['factory', 'NN']],
  },
  {
    text: 'The bill, which was passed by the Senate last week, now goes to the House of Representatives.',
    tokens: [['The', 'DT'], ['bill', 'NN'], ['which', 'WDT'], ['was', 'VBD', 'be'], ['passed', 'VBN', 'pass'], ['by', 'IN'], ['the', 'DT'], ['Senate', 'NNP'], ['last', 'JJ'], ['week', 'NN'], ['now', 'RB'], ['goes', 'VBZ', 'go'], ['to', 'TO'], ['the', 'DT'], ['House', 'NNP'], ['of', 'IN'], ['Representatives', 'NNPS']],
  },
  {
    text: 'Police arrested three men who were seen leaving the building shortly after midnight.',
    tokens: [['Police', 'NNS', 'police'], ['arrested', 'VBD', 'arrest'], ['three', 'CD'], ['men', 'NNS', 'man'], ['who', 'WP'], ['were', 'VBD', 'be'], ['seen', 'VBN', 'see'], ['leaving', 'VBG', 'leave'], ['the', 'DT'], ['building', 'NN'], ['shortly', 'RB'], ['after', 'IN'], ['midnight', 'NN']],
  },
  {
    text: 'Will the government raise interest rates again before the election?',
    tokens: [['Will', 'MD', 'will'], ['the', 'DT'], ['government', 'NN'], ['raise', 'VB'], ['interest', 'NN'], ['rates', 'NNS', 'rate'], ['again', 'RB'], ['before', 'IN'], ['the', 'DT'], ['election', 'NN']],
  },
  {
    text: "The company's shares fell 4.5 percent to $12.30 in early trading on Wall Street.",
    tokens: [['The', 'DT'], ["company's", 'NN', 'company'], ['shares', 'NNS', 'share'], ['fell', 'VBD', 'fall'], ['4.5', 'CD'], ['percent', 'NN'], ['to', 'TO'], ['12.30', 'CD'], ['in', 'IN'], ['early', 'JJ'], ['trading', 'NN'], ['on', 'IN'], ['Wall', 'NNP'], ['Street', 'NNP']],
  },
  {
    text: 'Officials said the fire, which started in a warehouse, had destroyed more than 40 homes.',
    tokens: [['Officials', 'NNS', 'official'], ['said', 'VBD', 'say'], ['the', 'DT'], ['fire', 'NN'], ['which', 'WDT'], ['started', 'VBD', 'start'], ['in', 'IN'], ['a', 'DT'], ['warehouse', 'NN'], ['had', 'VBD', 'have'], ['destroyed', 'VBN', 'destroy'], ['more', 'JJR'], ['than', 'IN'], ['40', 'CD'], ['homes', 'NNS', 'home']],
  },
  {
    text: "It's the third time this year that the city has flooded.",
    tokens: [["It's", 'VBZ', 'be'], ['the', 'DT'], ['third', 'JJ'], ['time', 'NN'], ['this', 'DT'], ['year', 'NN'], ['that', 'WDT|IN'], ['the', 'DT'], ['city', 'NN'], ['has', 'VBZ', 'have'], ['flooded', 'VBN', 'flood']],
  },
  {
    text: 'The 45-year-old mother of two was taken to hospital with minor injuries.',
    tokens: [['The', 'DT'], ['45-year-old', 'JJ'], ['mother', 'NN'], ['of', 'IN'], ['two', 'CD'], ['was', 'VBD', 'be'], ['taken', 'VBN', 'take'], ['to', 'TO'], ['hospital', 'NN'], ['with', 'IN'], ['minor', 'JJ'], ['injuries', 'NNS', 'injury']],
  },
  {
    text: "Speaking to the BBC, the minister said she didn't regret her decision.",
    tokens: [['Speaking', 'VBG', 'speak'], ['to', 'TO'], ['the', 'DT'], ['BBC', 'NNP'], ['the', 'DT'], ['minister', 'NN'], ['said', 'VBD', 'say'], ['she', 'PRP'], ["didn't", 'VBD', 'do'], ['regret', 'VB'], ['her', 'PRP$'], ['decision', 'NN']],
  },
  {
    text: 'Rescue teams are searching for survivors after the earthquake struck the region on Sunday.',
    tokens: [['Rescue', 'NN'], ['teams', 'NNS', 'team'], ['are', 'VBP', 'be'], ['searching', 'VBG', 'search'], ['for', 'IN'], ['survivors', 'NNS', 'survivor'], ['after', 'IN'], ['the', 'DT'], ['earthquake', 'NN'], ['struck', 'VBD', 'strike'], ['the', 'DT'], ['region', 'NN'], ['on', 'IN'], ['Sunday', 'NNP']],
  },
  {
    text: 'The report, published on Thursday, found that hospital waiting lists have grown sharply.',
    tokens: [['The', 'DT'], ['report', 'NN'], ['published', 'VBN', 'publish'], ['on', 'IN'], ['Thursday', 'NNP'], ['found', 'VBD', 'find'], ['that', 'IN'], ['hospital', 'NN'], ['waiting', 'NN'], ['lists', 'NNS', 'list'], ['have', 'VBP'], ['grown', 'VBN', 'grow'], ['sharply', 'RB']],
  },
  {
    text: "Mr. Johnson's spokesman declined to comment on the leaked documents.",
    tokens: [['Mr.', 'NNP'], ["Johnson's", 'NNP', 'johnson'], ['spokesman', 'NN'], ['declined', 'VBD', 'decline'], ['to', 'TO'], ['comment', 'VB'], ['on', 'IN'], ['the', 'DT'], ['leaked', 'VBN|JJ', 'leak'], ['documents', 'NNS', 'document']],
  },
  {
    text: 'Shares in the airline have lost almost half their value since January.',
    tokens: [['Shares', 'NNS', 'share'], ['in', 'IN'], ['the', 'DT'], ['airline', 'NN'], ['have', 'VBP'], ['lost', 'VBN', 'lose'], ['almost', 'RB'], ['half', 'PDT'], ['their', 'PRP$'], ['value', 'NN'], ['since', 'IN'], ['January', 'NNP']],
  },
  {
    text: 'The proposal was rejected by a majority of lawmakers, according to a senior aide.',
    tokens: [['The', 'DT'], ['proposal', 'NN'], ['was', 'VBD', 'be'], ['rejected', 'VBN', 'reject'], ['by', 'IN'], ['a', 'DT'], ['majority', 'NN'], ['of', 'IN'], ['lawmakers', 'NNS', 'lawmaker'], ['according', 'VBG', 'accord'], ['to', 'TO'], ['a', 'DT'], ['senior', 'JJ'], ['aide', 'NN']],
  },
  {
    text: 'Why did the ministry wait so long to release the figures?',
    tokens: [['Why', 'WRB'], ['did', 'VBD', 'do'], ['the', 'DT'], ['ministry', 'NN'], ['wait', 'VB'], ['so', 'RB'], ['long', 'RB'], ['to', 'TO'], ['release', 'VB'], ['the', 'DT'], ['figures', 'NNS', 'figure']],
  },
  {
    text: 'Protesters gathered outside the embassy, chanting slogans and waving flags.',
    tokens: [['Protesters', 'NNS', 'protester'], ['gathered', 'VBD', 'gather'], ['outside', 'IN'], ['the', 'DT'], ['embassy', 'NN'], ['chanting', 'VBG', 'chant'], ['slogans', 'NNS', 'slogan'], ['and', 'CC'], ['waving', 'VBG', 'wave'], ['flags', 'NNS', 'flag']],
  },
  {
    text: 'The storm is expected to make landfall in Florida early on Wednesday.',
    tokens: [['The', 'DT'], ['storm', 'NN'], ['is', 'VBZ', 'be'], ['expected', 'VBN', 'expect'], ['to', 'TO'], ['make', 'VB'], ['landfall', 'NN'], ['in', 'IN'], ['Florida', 'NNP'], ['early', 'RB'], ['on', 'IN'], ['Wednesday', 'NNP']],
  },
  {
    text: "Analysts say the merger could create the world's largest steel producer.",
    tokens: [['Analysts', 'NNS', 'analyst'], ['say', 'VBP'], ['the', 'DT'], ['merger', 'NN'], ['could', 'MD'], ['create', 'VB'], ['the', 'DT'], ["world's", 'NN', 'world'], ['largest', 'JJS', 'large'], ['steel', 'NN'], ['producer', 'NN']],
  },
  {
    text: 'The former president, who has denied any wrongdoing, is due in court next month.',
    tokens: [['The', 'DT'], ['former', 'JJ'], ['president', 'NN'], ['who', 'WP'], ['has', 'VBZ', 'have'], ['denied', 'VBN', 'deny'], ['any', 'DT'], ['wrongdoing', 'NN'], ['is', 'VBZ', 'be'], ['due', 'JJ'], ['in', 'IN'], ['court', 'NN'], ['next', 'JJ'], ['month', 'NN']],
  },
  {
    text: 'Scientists at the University of Oxford have developed a vaccine that protects against the virus.',
    tokens: [['Scientists', 'NNS', 'scientist'], ['at', 'IN'], ['the', 'DT'], ['University', 'NNP'], ['of', 'IN'], ['Oxford', 'NNP'], ['have', 'VBP'], ['developed', 'VBN', 'develop'], ['a', 'DT'], ['vaccine', 'NN'], ['that', 'WDT'], ['protects', 'VBZ', 'protect'], ['against', 'IN'], ['the', 'DT'], ['virus', 'NN']],
  },
  {
    text: '"This is a disaster for our community," said Maria Lopez, a local shop owner.',
    tokens: [['This', 'DT'], ['is', 'VBZ', 'be'], ['a', 'DT'], ['disaster', 'NN'], ['for', 'IN'], ['our', 'PRP$'], ['community', 'NN'], ['said', 'VBD', 'say'], ['Maria', 'NNP'], ['Lopez', 'NNP'], ['a', 'DT'], ['local', 'JJ'], ['shop', 'NN'], ['owner', 'NN']],
  },
  {
    text: 'The central bank kept its benchmark rate unchanged at 1.75 percent.',
    tokens: [['The', 'DT'], ['central', 'JJ'], ['bank', 'NN'], ['kept', 'VBD', 'keep'], ['its', 'PRP$'], ['benchmark', 'NN'], ['rate', 'NN'], ['unchanged', 'JJ'], ['at', 'IN'], ['1.75', 'CD'], ['percent', 'NN']],
  },
  {
    text: 'Having won the first round, the challenger now faces a run-off against the incumbent.',
    tokens: [['Having', 'VBG', 'have'], ['won', 'VBN', 'win'], ['the', 'DT'], ['first', 'JJ'], ['round', 'NN'], ['the', 'DT'], ['challenger', 'NN'], ['now', 'RB'], ['faces', 'VBZ', 'face'], ['a', 'DT'], ['run-off', 'NN'], ['against', 'IN'], ['the', 'DT'], ['incumbent', 'NN']],
  },
  {
    text: 'The government has been criticised for its slow response to the crisis.',
    tokens: [['The', 'DT'], ['government', 'NN'], ['has', 'VBZ', 'have'], ['been', 'VBN', 'be'], ['criticised', 'VBN', 'criticise'], ['for', 'IN'], ['its', 'PRP$'], ['slow', 'JJ'], ['response', 'NN'], ['to', 'TO'], ['the', 'DT'], ['crisis', 'NN']],
  },
  {
    text: 'More than 2,000 people were evacuated from their homes as the river burst its banks.',
    tokens: [['More', 'JJR', 'more'], ['than', 'IN'], ['2', 'CD'], ['000', 'CD'], ['people', 'NNS'], ['were', 'VBD', 'be'], ['evacuated', 'VBN', 'evacuate'], ['from', 'IN'], ['their', 'PRP$'], ['homes', 'NNS', 'home'], ['as', 'IN'], ['the', 'DT'], ['river', 'NN'], ['burst', 'VBD'], ['its', 'PRP$'], ['banks', 'NNS', 'bank']],
  },
  {
    text: 'The ceasefire, brokered by Egypt, appears to be holding.',
    tokens: [['The', 'DT'], ['ceasefire', 'NN'], ['brokered', 'VBN', 'broker'], ['by', 'IN'], ['Egypt', 'NNP'], ['appears', 'VBZ', 'appear'], ['to', 'TO'], ['be', 'VB'], ['holding', 'VBG', 'hold']],
  },
  {
    text: 'He told the committee that he had never met the businessman.',
    tokens: [['He', 'PRP'], ['told', 'VBD', 'tell'], ['the', 'DT'], ['committee', 'NN'], ['that', 'IN'], ['he', 'PRP'], ['had', 'VBD', 'have'], ['never', 'RB'], ['met', 'VBN', 'meet'], ['the', 'DT'], ['businessman', 'NN']],
  },
  {
    text: 'Voters in Scotland will go to the polls on May 5 to elect a new parliament.',
    tokens: [['Voters', 'NNS', 'voter'], ['in', 'IN'], ['Scotland', 'NNP'], ['will', 'MD'], ['go', 'VB'], ['to', 'TO'], ['the', 'DT'], ['polls', 'NNS', 'poll'], ['on', 'IN'], ['May', 'NNP'], ['5', 'CD'], ['to', 'TO'], ['elect', 'VB'], ['a', 'DT'], ['new', 'JJ'], ['parliament', 'NN']],
  },
  {
    text: 'The museum reopened its doors after a two-year renovation costing $15 million.',
    tokens: [['The', 'DT'], ['museum', 'NN'], ['reopened', 'VBD', 'reopen'], ['its', 'PRP$'], ['doors', 'NNS', 'door'], ['after', 'IN'], ['a', 'DT'], ['two-year', 'JJ'], ['renovation', 'NN'], ['costing', 'VBG', 'cost'], ['15', 'CD'], ['million', 'CD']],
  },
  {
    text: 'Chinese state media reported that the leader arrived in Beijing by train.',
    tokens: [['Chinese', 'JJ'], ['state', 'NN'], ['media', 'NNS'], ['reported', 'VBD', 'report'], ['that', 'IN'], ['the', 'DT'], ['leader', 'NN'], ['arrived', 'VBD', 'arrive'], ['in', 'IN'], ['Beijing', 'NNP'], ['by', 'IN'], ['train', 'NN']],
  },
  {
    text: 'The prices of basic goods are rising faster than wages, the study showed.',
    tokens: [['The', 'DT'], ['prices', 'NNS', 'price'], ['of', 'IN'], ['basic', 'JJ'], ['goods', 'NNS', 'good'], ['are', 'VBP', 'be'], ['rising', 'VBG', 'rise'], ['faster', 'RBR', 'fast'], ['than', 'IN'], ['wages', 'NNS', 'wage'], ['the', 'DT'], ['study', 'NN'], ['showed', 'VBD', 'show']],
  },
  {
    text: 'Is there any evidence that the policy has worked?',
    tokens: [['Is', 'VBZ', 'be'], ['there', 'EX'], ['any', 'DT'], ['evidence', 'NN'], ['that', 'IN'], ['the', 'DT'], ['policy', 'NN'], ['has', 'VBZ', 'have'], ['worked', 'VBN', 'work']],
  },
  {
    text: 'The striking workers are demanding better pay and shorter hours.',
    tokens: [['The', 'DT'], ['striking', 'VBG|JJ', 'strike'], ['workers', 'NNS', 'worker'], ['are', 'VBP', 'be'], ['demanding', 'VBG', 'demand'], ['better', 'JJR', 'good'], ['pay', 'NN'], ['and', 'CC'], ['shorter', 'JJR', 'short'], ['hours', 'NNS', 'hour']],
  },
  {
    text: 'Twelve people were killed when a bus carrying tourists crashed into a ravine.',
    tokens: [['Twelve', 'CD'], ['people', 'NNS'], ['were', 'VBD', 'be'], ['killed', 'VBN', 'kill'], ['when', 'WRB'], ['a', 'DT'], ['bus', 'NN'], ['carrying', 'VBG', 'carry'], ['tourists', 'NNS', 'tourist'], ['crashed', 'VBD', 'crash'], ['into', 'IN'], ['a', 'DT'], ['ravine', 'NN']],
  },
  {
    text: 'Her lawyers argued that the evidence had been obtained illegally.',
    tokens: [['Her', 'PRP$'], ['lawyers', 'NNS', 'lawyer'], ['argued', 'VBD', 'argue'], ['that', 'IN'], ['the', 'DT'], ['evidence', 'NN'], ['had', 'VBD', 'have'], ['been', 'VBN', 'be'], ['obtained', 'VBN', 'obtain'], ['illegally', 'RB']],
  },
  {
    text: 'The talks between the two countries broke down over the issue of fishing rights.',
    tokens: [['The', 'DT'], ['talks', 'NNS', 'talk'], ['between', 'IN'], ['the', 'DT'], ['two', 'CD'], ['countries', 'NNS', 'country'], ['broke', 'VBD', 'break'], ['down', 'RP'], ['over', 'IN'], ['the', 'DT'], ['issue', 'NN'], ['of', 'IN'], ['fishing', 'NN'], ['rights', 'NNS', 'right']],
  },
  {
    text: 'Storm Forces Thousands From Their Homes in Northern Spain',
    tokens: [['Storm', 'NN', 'storm'], ['Forces', 'VBZ', 'force'], ['Thousands', 'NNS', 'thousand'], ['From', 'IN'], ['Their', 'PRP$'], ['Homes', 'NNS', 'home'], ['in', 'IN'], ['Northern', 'JJ'], ['Spain', 'NNP']],
  },
];

/** Sentences kept out of tuning; only their accuracy is reported. */
export const heldOut: readonly GoldSentence[] = [
  {
    text: 'The United Nations has warned that millions of children face severe hunger this winter.',
    tokens: [['The', 'DT'], ['United', 'NNP'], ['Nations', 'NNPS'], ['has', 'VBZ', 'have'], ['warned', 'VBN', 'warn'], ['that', 'IN'], ['millions', 'NNS', 'million'], ['of', 'IN'], ['children', 'NNS', 'child'], ['face', 'VBP'], ['severe', 'JJ'], ['hunger', 'NN'], ['this', 'DT'], ['winter', 'NN']],
  },
  {
    text: 'Finance Minister Nirmala Sitharaman unveiled the budget in parliament on Friday.',
    tokens: [['Finance', 'NNP'], ['Minister', 'NNP'], ['Nirmala', 'NNP'], ['Sitharaman', 'NNP'], ['unveiled', 'VBD', 'unveil'], ['the', 'DT'], ['budget', 'NN'], ['in', 'IN'], ['parliament', 'NN'], ['on', 'IN'], ['Friday', 'NNP']],
  },
  {
    text: '"I don\'t think anyone expected this result," the coach admitted after the match.',
    tokens: [['I', 'PRP'], ["don't", 'VBP', 'do'], ['think', 'VB'], ['anyone', 'NN'], ['expected', 'VBD', 'expect'], ['this', 'DT'], ['result', 'NN'], ['the', 'DT'], ['coach', 'NN'], ['admitted', 'VBD', 'admit'], ['after', 'IN'], ['the', 'DT'], ['match', 'NN']],
  },
  {
    text: 'The victims, whose names have not been released, were all in their twenties.',
    tokens: [['The', 'DT'], ['victims', 'NNS', 'victim'], ['whose', 'WP$'], ['names', 'NNS', 'name'], ['have', 'VBP'], ['not', 'RB'], ['been', 'VBN', 'be'], ['released', 'VBN', 'release'], ['were', 'VBD', 'be'], ['all', 'DT'], ['in', 'IN'], ['their', 'PRP$'], ['twenties', 'NNS', 'twenty']],
  },
  {
    text: 'Firefighters battled the blaze for six hours before bringing it under control.',
    tokens: [['Firefighters', 'NNS', 'firefighter'], ['battled', 'VBD', 'battle'], ['the', 'DT'], ['blaze', 'NN'], ['for', 'IN'], ['six', 'CD'], ['hours', 'NNS', 'hour'], ['before', 'IN'], ['bringing', 'VBG', 'bring'], ['it', 'PRP'], ['under', 'IN'], ['control', 'NN']],
  },
  {
    text: "What happens next depends on the outcome of Tuesday's vote.",
    tokens: [['What', 'WP'], ['happens', 'VBZ', 'happen'], ['next', 'RB'], ['depends', 'VBZ', 'depend'], ['on', 'IN'], ['the', 'DT'], ['outcome', 'NN'], ['of', 'IN'], ["Tuesday's", 'NNP', 'tuesday'], ['vote', 'NN']],
  },
  {
    text: 'The new law, signed by the governor on Monday, bans the sale of flavoured e-cigarettes.',
    tokens: [['The', 'DT'], ['new', 'JJ'], ['law', 'NN'], ['signed', 'VBN', 'sign'], ['by', 'IN'], ['the', 'DT'], ['governor', 'NN'], ['on', 'IN'], ['Monday', 'NNP'], ['bans', 'VBZ', 'ban'], ['the', 'DT'], ['sale', 'NN'], ['of', 'IN'], ['flavoured', 'JJ|VBN'], ['e-cigarettes', 'NNS', 'e-cigarette']],
  },
  {
    text: 'Citing security concerns, the airline suspended all flights to the capital.',
    tokens: [['Citing', 'VBG', 'cite'], ['security', 'NN'], ['concerns', 'NNS', 'concern'], ['the', 'DT'], ['airline', 'NN'], ['suspended', 'VBD', 'suspend'], ['all', 'DT'], ['flights', 'NNS', 'flight'], ['to', 'TO'], ['the', 'DT'], ['capital', 'NN']],
  },
  {
    text: 'Minister Resigns Over Leaked Emails',
    tokens: [['Minister', 'NN', 'minister'], ['Resigns', 'VBZ', 'resign'], ['Over', 'IN', 'over'], ['Leaked', 'VBN|JJ', 'leak'], ['Emails', 'NNS', 'email']],
  },
  {
    text: "The children's charity said it had received thousands of calls since the appeal began.",
    tokens: [['The', 'DT'], ["children's", 'NNS', 'child'], ['charity', 'NN'], ['said', 'VBD', 'say'], ['it', 'PRP'], ['had', 'VBD', 'have'], ['received', 'VBN', 'receive'], ['thousands', 'NNS', 'thousand'], ['of', 'IN'], ['calls', 'NNS', 'call'], ['since', 'IN'], ['the', 'DT'], ['appeal', 'NN'], ['began', 'VBD', 'begin']],
  },
  {
    text: 'Opposition parties have called for an independent inquiry into the deaths.',
    tokens: [['Opposition', 'NN'], ['parties', 'NNS', 'party'], ['have', 'VBP'], ['called', 'VBN', 'call'], ['for', 'IN'], ['an', 'DT'], ['independent', 'JJ'], ['inquiry', 'NN'], ['into', 'IN'], ['the', 'DT'], ['deaths', 'NNS', 'death']],
  },
  {
    text: 'A spokeswoman for Apple said the company was investigating the reports.',
    tokens: [['A', 'DT'], ['spokeswoman', 'NN'], ['for', 'IN'], ['Apple', 'NNP'], ['said', 'VBD', 'say'], ['the', 'DT'], ['company', 'NN'], ['was', 'VBD', 'be'], ['investigating', 'VBG', 'investigate'], ['the', 'DT'], ['reports', 'NNS', 'report']],
  },
  {
    text: "Built in the 1920s, the bridge is one of the city's best-known landmarks.",
    tokens: [['Built', 'VBN', 'build'], ['in', 'IN'], ['the', 'DT'], ['1920s', 'CD'], ['the', 'DT'], ['bridge', 'NN'], ['is', 'VBZ', 'be'], ['one', 'CD'], ['of', 'IN'], ['the', 'DT'], ["city's", 'NN', 'city'], ['best-known', 'JJ'], ['landmarks', 'NNS', 'landmark']],
  },
  {
    text: "They're hoping to reach an agreement before the deadline expires at midnight.",
    tokens: [["They're", 'VBP', 'be'], ['hoping', 'VBG', 'hope'], ['to', 'TO'], ['reach', 'VB'], ['an', 'DT'], ['agreement', 'NN'], ['before', 'IN'], ['the', 'DT'], ['deadline', 'NN'], ['expires', 'VBZ', 'expire'], ['at', 'IN'], ['midnight', 'NN']],
  },
  {
    text: 'The actor, best known for his role in the long-running drama, died peacefully at home.',
    tokens: [['The', 'DT'], ['actor', 'NN'], ['best', 'RBS', 'well'], ['known', 'VBN', 'know'], ['for', 'IN'], ['his', 'PRP$'], ['role', 'NN'], ['in', 'IN'], ['the', 'DT'], ['long-running', 'JJ'], ['drama', 'NN'], ['died', 'VBD', 'die'], ['peacefully', 'RB'], ['at', 'IN'], ['home', 'NN']],
  },
  {
    text: 'How many jobs will be lost if the plant closes?',
    tokens: [['How', 'WRB'], ['many', 'JJ'], ['jobs', 'NNS', 'job'], ['will', 'MD'], ['be', 'VB'], ['lost', 'VBN', 'lose'], ['if', 'IN'], ['the', 'DT'], ['plant', 'NN'], ['closes', 'VBZ', 'close']],
  },
  {
    text: "The team's manager was sacked after a string of poor results.",
    tokens: [['The', 'DT'], ["team's", 'NN', 'team'], ['manager', 'NN'], ['was', 'VBD', 'be'], ['sacked', 'VBN', 'sack'], ['after', 'IN'], ['a', 'DT'], ['string', 'NN'], ['of', 'IN'], ['poor', 'JJ'], ['results', 'NNS', 'result']],
  },
  {
    text: 'Investors are worried that rising inflation will force the Federal Reserve to act.',
    tokens: [['Investors', 'NNS', 'investor'], ['are', 'VBP', 'be'], ['worried', 'JJ|VBN'], ['that', 'IN'], ['rising', 'VBG', 'rise'], ['inflation', 'NN'], ['will', 'MD'], ['force', 'VB'], ['the', 'DT'], ['Federal', 'NNP'], ['Reserve', 'NNP'], ['to', 'TO'], ['act', 'VB']],
  },
  {
    text: 'Doctors warned that the hospital was running out of beds.',
    tokens: [['Doctors', 'NNS', 'doctor'], ['warned', 'VBD', 'warn'], ['that', 'IN'], ['the', 'DT'], ['hospital', 'NN'], ['was', 'VBD', 'be'], ['running', 'VBG', 'run'], ['out', 'RP|IN'], ['of', 'IN'], ['beds', 'NNS', 'bed']],
  },
  {
    text: 'Residents said they had heard a loud bang shortly before the building collapsed.',
    tokens: [['Residents', 'NNS', 'resident'], ['said', 'VBD', 'say'], ['they', 'PRP'], ['had', 'VBD', 'have'], ['heard', 'VBN', 'hear'], ['a', 'DT'], ['loud', 'JJ'], ['bang', 'NN'], ['shortly', 'RB'], ['before', 'IN'], ['the', 'DT'], ['building', 'NN'], ['collapsed', 'VBD', 'collapse']],
  },
];
