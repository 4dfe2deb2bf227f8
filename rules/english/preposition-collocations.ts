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
  // Vehicles one rides take "on"; a noun after ("in the bus lane", "in the plane crash") is left alone.
  ...['bus', 'train', 'plane', 'ferry', 'metro', 'tram'].flatMap((vehicle) => [[`in the ${vehicle}`, `on the ${vehicle}`], [`in a ${vehicle}`, `on a ${vehicle}`]] as const),
  // Surfaces of pages and screens, and the web.
  ['in page', 'on page'], ['in the front page', 'on the front page'], ['in the screen', 'on the screen'], ['in the website', 'on the website'],
  ['in the web', 'on the web'], ['in the agenda', 'on the agenda'], ['in the map', 'on the map'],
  ...['facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'wikipedia', 'linkedin', 'snapchat', 'whatsapp'].map((site) => [`in ${site}`, `on ${site.charAt(0).toUpperCase()}${site.slice(1)}`] as const),
  // Floors, sides and places with their own preposition.
  // "looked up at the third floor" is right, so only "in" is listed.
  ...['ground', 'first', 'second', 'third', 'top', 'bottom', 'fourth', 'fifth', 'upper', 'lower'].map((floor) => [`in the ${floor} floor`, `on the ${floor} floor`] as const),
  ...['right', 'left', 'other', 'opposite', 'far', 'same'].flatMap((side) => [[`in the ${side} side`, `on the ${side} side`], [`in the ${side} side of`, `on the ${side} side of`]] as const),
  ['at the countryside', 'in the countryside'], ['in the beach', 'on the beach'],
  // Times of day and week.
  ['in the weekend', 'at the weekend'], ['in weekends', 'at weekends'], ['at weekend', 'at the weekend'], ['on weekend', 'at the weekend'],
  ['in weekdays', 'on weekdays'], ['at weekdays', 'on weekdays'], ['in the noon', 'at noon'], ['at the noon', 'at noon'], ['in noon', 'at noon'],
  ['on noon', 'at noon'], ['in midnight', 'at midnight'], ['at the midnight', 'at midnight'], ['in the midnight', 'at midnight'], ['on midnight', 'at midnight'],
  ['at the night', 'at night'], ['in morning', 'in the morning'], ['in afternoon', 'in the afternoon'], ['in evening', 'in the evening'],
  ['in dawn', 'at dawn'], ['in christmas day', 'on Christmas Day'], ['in christmas eve', 'on Christmas Eve'], ['in new year\'s day', 'on New Year\'s Day'],
  ['in the beginning of', 'at the beginning of'], ['in the start of', 'at the start of'], ['at the first time', 'for the first time'],
  ['in the first time', 'for the first time'], ['at first time', 'for the first time'], ['in the last moment', 'at the last moment'],
  ['at the same day', 'on the same day'], ['in the other day', 'the other day'], ['on the other day', 'the other day'],
  ...OWNERS.flatMap((owner) => [[`in ${owner} way to`, `on ${owner} way to`], [`in ${owner} way home`, `on ${owner} way home`], [`in ${owner} way back`, `on ${owner} way back`]] as const),
  ...OWNERS.map((owner) => [`according to ${owner} opinion`, `in ${owner} opinion`] as const),
  // Outings, strikes and sales.
  ['in a trip', 'on a trip'], ['at a trip', 'on a trip'], ['in a business trip', 'on a business trip'], ['in a school trip', 'on a school trip'],
  ['in strike', 'on strike'], ['at strike', 'on strike'], ['in sale', 'on sale'], ['in arrest', 'under arrest'],
  ['in the influence of', 'under the influence of'], ['in average', 'on average'],
  // Words that need no preposition, or a different one.
  ['in abroad', 'abroad'], ['at abroad', 'abroad'], ['in overseas', 'overseas'],
  ['in all over', 'all over'], ['in all around', 'all around'], ['except of', 'except'], ['besides of', 'besides'],
  ['in spite the', 'in spite of the'], ['in search for', 'in search of'], ['the same like', 'the same as'],
  ['in the outside', 'on the outside'], ['in the outside of', 'on the outside of'], ['in the downtown', 'downtown'],
  ['on a hurry', 'in a hurry'], ['at a hurry', 'in a hurry'], ['in foot', 'on foot'], ['at nowadays', 'nowadays'], ['on nowadays', 'nowadays'],
  ['in present', 'at present'], ['since long time', 'for a long time'], ['at time', 'on time'], ['according to me', 'in my opinion'], ['on christmas', 'at Christmas'], ['on easter', 'at Easter'], ['in plane', 'by plane'], ['in train', 'by train'], ['in bus', 'by bus'],
  ...['top', 'bottom', 'upper', 'lower'].flatMap((edge) => ['left', 'right'].flatMap((side) => [[`on the ${edge} ${side} corner`, `in the ${edge} ${side} corner`], [`on the ${edge} ${side} corner of`, `in the ${edge} ${side} corner of`]] as const)),
  ...['is', 'was', "it's"].map((be) => [`it ${be} sure that`, `it ${be} certain that`] as const),
];

/**
 * Nouns of place whose preposition is set, with the prepositions put in its place: "in a small island"
 * (on), "in the crowded bus" (on), "in my own page" (on), "in a secret mission" (on), "on the photo"
 * (in), "in the economic perspective" (from). A determiner and up to two modifiers may stand between.
 */
export interface PlacePreposition {
  nouns: readonly string[];
  wrong: readonly string[];
  right: string;
  /** Only after "a" or "an": "in a mission" but not "lived in the mission" (a building). */
  indefinite?: boolean;
  /** Only after one of these words: "was on a meeting" but not "a report on a meeting". */
  after?: RegExp;
  /** Not after one of these words: "put in the wider perspective". */
  notAfter?: RegExp;
  /** A name may follow the noun: "on the planet Earth". */
  name?: boolean;
  /** "of" may follow the noun: "from the perspective of". */
  of?: boolean;
}

const BE = /^(am|is|are|was|were|be|been|being|'m|'re|'s|’m|’re|’s)$/;

/** Nouns of place and the preposition they take. */
export const PLACE_PREPOSITIONS: readonly PlacePreposition[] = [
  // "in the Canary Islands": a group of islands, often a country, takes "in".
  { nouns: ['island', 'islet'], wrong: ['in'], right: 'on' },
  { nouns: ['bus', 'train', 'plane', 'ferry', 'tram', 'flight', 'airliner'], wrong: ['in'], right: 'on' },
  { nouns: ['mission'], wrong: ['in'], right: 'on', indefinite: true },
  { nouns: ['planet'], wrong: ['in'], right: 'on', name: true },
  { nouns: ['page', 'homepage', 'webpage', 'website', 'blog'], wrong: ['in'], right: 'on' },
  { nouns: ['meeting'], wrong: ['on'], right: 'at', after: BE },
  { nouns: ['party'], wrong: ['in'], right: 'at', indefinite: true, after: /^(met|meet|meets|meeting|saw|see|seen|danced|dance|sang|sing|played|drank|talked|spoke|was|were|is|are|am|her|him|them|me|us)$/ },
  { nouns: ['perspective', 'viewpoint', 'standpoint'], wrong: ['in'], right: 'from', of: true, notAfter: /^(put|puts|putting|place|placed|places|placing|set|keep|kept|seen|see|view|viewed|things|it|them|this|that|matters)$/ },
  { nouns: ['desk'], wrong: ['in'], right: 'at', after: /^(eat|eats|ate|eating|sit|sits|sat|sitting|work|works|worked|working|stay|stayed|slept|sleeping|lunch|waiting|waited)$/ },
  { nouns: ['photo', 'photograph', 'picture', 'image'], wrong: ['on'], right: 'in', after: /^(am|is|are|was|were|be|been|see|seen|saw|appear|appears|appeared|pictured|shown|standing|sitting|smiling|posing|posed)$/ },
];

/** Phrases wrong only at the start of a sentence ("based on fact" is fine): "By example, …", "On fact, …". */
export const WRONG_OPENINGS: ReadonlyArray<readonly [wrong: string, right: string]> = [
  ['by example', 'for example'], ['on fact', 'in fact'], ['in the other hand', 'on the other hand'],
  ['at the other hand', 'on the other hand'], ['by the other hand', 'on the other hand'], ['on the opposite', 'on the contrary'],
  ['at the opposite', 'on the contrary'], ['at the contrary', 'on the contrary'], ['on the end', 'in the end'], ['thanks you', 'thank you'],
  // "Few minutes ago": "few" alone means "not many"; a short while ago is "a few".
  ...['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'].map((unit) => [`few ${unit} ago`, `a few ${unit} ago`] as const),
];
