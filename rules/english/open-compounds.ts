/**
 * Compound modifiers that news style (AP, BBC, Guardian) hyphenates before a noun: "a brand-new car",
 * "a long-running dispute", "a head-to-head contest". Each entry is the compound written open, in lower
 * case; the rule matches it only when a common noun follows, since after a verb most read fine unhyphenated
 * ("the car is brand new", "they met face to face"). Compounds that edited news copy often leaves open
 * ("long term growth", "a last minute rush", "much needed stability") are left out: flagging them is
 * house style, not an error a reader would notice.
 */
export const OPEN_COMPOUNDS: readonly string[] = [
  // adjective or adverb + noun, and fixed pairs
  'brand new', 'first hand', 'second hand', 'heavy duty', 'duty free', 'tax free', 'cut throat', 'cooling off', 'knife edge',
  'part time', 'full time', 'high profile', 'low cost', 'high speed', 'well known',
  'so called', 'world class', 'one off', 'hard line', 'all time', 'open ended', 'old fashioned', 'full scale', 'large scale',
  'small scale', 'high tech', 'low income', 'middle class', 'working class', 'cross party', 'long haul',
  'short haul', 'real time', 'top level', 'high level', 'low level', 'high ranking', 'top secret', 'hard won', 'brick red', 'sky blue', 'navy blue', 'blood red', 'jet black', 'pitch black', 'bottle green',
  // word + present participle
  'eye catching', 'record breaking', 'life threatening', 'life saving', 'life changing', 'mouth watering', 'heart warming',
  'heart breaking', 'award winning', 'time consuming', 'law abiding', 'money making', 'fact finding', 'peace keeping',
  'game changing', 'ground breaking', 'jaw dropping', 'nail biting', 'hair raising', 'back breaking', 'spine tingling',
  'eye watering', 'eye opening', 'energy saving', 'fund raising', 'long lasting', 'long running',
  'long standing', 'far reaching', 'hard working', 'good looking', 'never ending', 'fast moving', 'slow moving',
  'wide ranging', 'forward looking', 'best selling', 'free flowing', 'high flying', 'soul searching',
  // phrases
  'out of body', 'up to date', 'state of the art', 'one on one', 'hit and run', 'mom and pop', 'do or die',
  'fly by night', 'cut and paste', 'rags to riches', 'out of court', 'out of town', 'off the cuff', 'behind the scenes',
  'over the counter', 'round the clock', 'run of the mill', 'tongue in cheek', 'once in a lifetime', 'all or nothing',
  'make or break', 'spur of the moment', 'stop and search', 'no holds barred', 'trial and error', 'winner takes all',
];

/** Second halves of "<body part>-ed" compounds: "eagle-eyed", "long-haired", "big-hearted". */
export const BODY_PART_ADJECTIVES = new Set(['eyed', 'haired', 'legged', 'hearted', 'skinned', 'minded', 'lipped', 'necked', 'bellied', 'fisted', 'nosed']);

/** Links in "head-to-head", "year-on-year", "side-by-side", "coast-to-coast": a noun on either side. */
export const NOUN_LINKS = new Set(['to', 'on', 'by', 'for']);
