/**
 * Fixed phrases with the wrong preposition or a wrong word, written from general knowledge of English
 * usage: "in nowadays", "on the afternoon", "in the same time", "despite of". Heads that govern a
 * preposition are in governed-prepositions.ts.
 */
const OWNERS = ['my', 'his', 'her', 'their', 'your', 'our'];

/** Fixed phrases written with the wrong word, and the phrase meant. */
export const WRONG_PHRASES: ReadonlyArray<readonly [wrong: string, right: string]> = [
  ['in nowadays', 'nowadays'], ['today morning', 'this morning'], ['today afternoon', 'this afternoon'], ['today evening', 'this evening'],
  ['today night', 'tonight'], ['yesterday night', 'last night'], ['in front to', 'in front of'], ['in exchange of', 'in exchange for'],
  ['in accordance to', 'in accordance with'], ['more superior than', 'superior to'], ['more inferior than', 'inferior to'],
  ['more preferable than', 'preferable to'], ['countless of', 'countless'],
  // Parts of the day take "in"; "on the morning of the vote" is matched first and left alone.
  ['on the morning', 'in the morning'], ['on the afternoon', 'in the afternoon'], ['on the evening', 'in the evening'],
  ['at the morning', 'in the morning'], ['at the afternoon', 'in the afternoon'], ['at the evening', 'in the evening'],
  ['on the middle of', 'in the middle of'], ['in the top of', 'at the top of'], ['in the internet', 'on the internet'],
  ...OWNERS.map((owner) => [`in ${owner} birthday`, `on ${owner} birthday`] as const),
  // Set prepositional phrases.
  ['in the same time', 'at the same time'], ['on the same time', 'at the same time'], ['at the same way', 'in the same way'],
  ['in the end of', 'at the end of'], ['on the age of', 'at the age of'], ['in first sight', 'at first sight'],
  ['on first sight', 'at first sight'], ['on the first place', 'in the first place'], ['at the meantime', 'in the meantime'],
  ['on the meantime', 'in the meantime'], ['by foot', 'on foot'], ['by purpose', 'on purpose'], ['on accident', 'by accident'],
  ['on mistake', 'by mistake'], ['in the radio', 'on the radio'],
  ['in vacation', 'on vacation'], ['in holiday', 'on holiday'], ['in contrary to', 'contrary to'], ['in the contrary', 'on the contrary'],
  ['on the contrary to', 'contrary to'], ['despite of', 'despite'], ['in addition of', 'in addition to'],
  ['in addition with', 'in addition to'], ['in relation with', 'in relation to'], ['with respect of', 'with respect to'],
  ['in need for', 'in need of'], ['on behalf for', 'on behalf of'], ['in christmas', 'at Christmas'], ['in easter', 'at Easter'],
  ['in car', 'by car'], ['in this moment', 'at this moment'], ['in pressure', 'under pressure'], ['into consideration of', 'into consideration'],
  ['in the planet', 'on the planet'],
  ['by walk', 'on foot'], ['in response of', 'in response to'], ['in reply of', 'in reply to'], ['in contrast of', 'in contrast to'],
  ['in comparison of', 'in comparison with'], ['in favour for', 'in favour of'], ['in favor for', 'in favor of'],
  ['as a result from', 'as a result of'], ['since a long time', 'for a long time'],
  ...['kitchen', 'bedroom', 'bathroom', 'living room', 'dining room'].map((room) => [`at the ${room}`, `in the ${room}`] as const),
  ...['summer', 'winter', 'spring', 'autumn'].flatMap((season) => [[`at the ${season}`, `in the ${season}`], [`on the ${season}`, `in the ${season}`]] as const),
  // "by their own admission" has a noun after it and is left alone; "did it by my own" means alone.
  ...[...OWNERS, 'its'].map((owner) => [`by ${owner} own`, `on ${owner} own`] as const),
  ['one in the same', 'one and the same'],
  ...['rise', 'rises', 'rose', 'risen', 'rising'].map((rise) => [`${rise} the ranks`, `${rise} through the ranks`] as const),
  ...OWNERS.flatMap((owner) => [[`on ${owner} opinion`, `in ${owner} opinion`], [`in ${owner} point of view`, `from ${owner} point of view`], [`on ${owner} point of view`, `from ${owner} point of view`]] as const),
];

/** Phrases wrong only at the start of a sentence ("based on fact" is fine): "By example, …", "On fact, …". */
export const WRONG_OPENINGS: ReadonlyArray<readonly [wrong: string, right: string]> = [
  ['by example', 'for example'], ['on fact', 'in fact'], ['in the other hand', 'on the other hand'],
  ['at the other hand', 'on the other hand'], ['on the end', 'in the end'], ['thanks you', 'thank you'],
  // "Few minutes ago": "few" alone means "not many"; a short while ago is "a few".
  ...['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'].map((unit) => [`few ${unit} ago`, `a few ${unit} ago`] as const),
];
