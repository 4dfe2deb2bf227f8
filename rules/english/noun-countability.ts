import { lexicalTags } from '../../src/model/tagger-lexicon.js';

/**
 * Nouns that standard English does not count: no "a", no plural, "much" rather than "many". Only nouns
 * without a common count sense are listed ("a wealth of", "a research" and "an accommodation with" are).
 */
export const MASS_NOUNS = new Set([
  'advice', 'information', 'equipment', 'furniture', 'luggage', 'baggage', 'homework', 'housework', 'knowledge', 'accommodation',
  'feedback', 'machinery', 'jewellery', 'jewelry', 'clothing', 'rubbish', 'garbage', 'evidence', 'traffic', 'weather', 'scenery',
  'wildlife', 'cutlery', 'crockery', 'stationery', 'merchandise', 'underwear', 'software', 'money', 'music', 'progress', 'applause',
  'pollution', 'legislation', 'poverty', 'unemployment', 'electricity', 'livestock', 'courage', 'patience', 'violence', 'damage',
  'hardware', 'firmware', 'malware', 'ransomware', 'spyware', 'info', 'punctuation',
]);

/**
 * Mass nouns with no count sense even in an idiom ("a knowledge of", "a courage born of despair", "an
 * accommodation with"), so a word after them never makes "a" or "one" right: "a software with", "another
 * malware made by". A following noun still makes them modifiers ("a software update").
 */
export const STRICT_MASS_NOUNS = new Set([
  'software', 'hardware', 'firmware', 'malware', 'ransomware', 'spyware', 'info', 'information', 'advice', 'equipment', 'furniture',
  'luggage', 'baggage', 'homework', 'housework', 'feedback', 'cutlery', 'crockery', 'stationery', 'merchandise', 'punctuation',
]);

/** Plural forms writers give mass nouns ("informations", "equipments"); none is also a verb form. */
export const PLURALISED_MASS_NOUNS: Readonly<Record<string, string>> = {
  informations: 'information', advices: 'advice', equipments: 'equipment', furnitures: 'furniture', luggages: 'luggage',
  baggages: 'baggage', homeworks: 'homework', knowledges: 'knowledge', feedbacks: 'feedback', machineries: 'machinery',
  jewelleries: 'jewellery', jewelries: 'jewelry', softwares: 'software', clothings: 'clothing', sceneries: 'scenery',
  legislations: 'legislation', cutleries: 'cutlery', wildlifes: 'wildlife',
};

/**
 * Nouns whose plural is the same word or that are plural without an -s, and -s nouns that are singular:
 * "these sheep", "these staff", "a series", "a crossroads". Number cannot be read from their form.
 */
export const INVARIABLE_NOUNS = new Set([
  'sheep', 'fish', 'deer', 'aircraft', 'spacecraft', 'hovercraft', 'offspring', 'staff', 'personnel', 'police', 'cattle', 'crew',
  'salmon', 'trout', 'cod', 'swine', 'livestock', 'bison', 'moose', 'species', 'series', 'means', 'headquarters', 'data', 'media',
  'people', 'crossroads', 'barracks', 'gallows', 'whereabouts', 'kudos', 'innings', 'news', 'politics', 'economics', 'ethics',
  'athletics', 'gymnastics', 'mathematics', 'physics', 'percent', 'per', 'cent', 'dozen', 'hundred', 'thousand', 'million',
  // A tournament's last stage is one event: "a major finals", "a World Cup finals".
  'finals',
  // Currencies whose plural has no -s.
  'kroner', 'kronor', 'yen', 'yuan', 'renminbi', 'rand', 'baht', 'won',
  // Abbreviated units ("4 oz.", "10 kg").
  'oz', 'lb', 'kg', 'km', 'mph', 'ft',
  'billion', 'trillion', 'score', 'head', 'foot', 'stone', 'pound', 'bit', 'lot', 'couple', 'number',
  'total', 'pair', 'majority', 'minority', 'public', 'clergy', 'poultry', 'faculty', 'youth',
]);

/** The plural the lexicon knows for a singular noun ("problem" → "problems", "city" → "cities"). */
export function pluralOf(noun: string): string | undefined {
  const candidates = [`${noun}s`, `${noun}es`, noun.replace(/([^aeiou])y$/, '$1ies'), noun.replace(/f$/, 'ves'), noun.replace(/fe$/, 'ves')];
  return candidates.find((candidate) => candidate !== noun && lexicalTags(candidate).includes('NNS'));
}

/** Tags of a word after which "advices" stands where a verb belongs ("he advices"): a subject, or an adverb before the verb. */
export const ADVICES_VERB_SLOT = /^(PRP|NNP|NN|WP|WDT|RB)$/;
