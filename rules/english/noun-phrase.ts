import type { NewsDocument, Sentence, Word } from '../../src/model/document.js';
import { irregularNounBase } from '../../src/model/lemma-irregulars.js';
import { lexicalTags, lexiconTags } from '../../src/model/tagger-lexicon.js';
import { adjacent } from './gaps.js';

/** Singular or plural, as far as agreement goes. */
export type GrammaticalNumber = 'singular' | 'plural';

/** Whose form a finite verb must take: "I", "he/she/it" and singular nouns, or the rest. */
export type Person = 'first-singular' | 'third-singular' | 'other';

/** A noun phrase read from tags: its words, its head and the number the head gives it. */
export interface NounPhrase {
  /** Index of its first word in the sentence. */
  start: number;
  /** Index just after its last word. */
  end: number;
  head: Word;
  /** Undefined when agreement with it is not certain: names, measures, "data", "the number of"… */
  number: GrammaticalNumber | undefined;
  person: Person | undefined;
  /** A group noun that British English lets take a plural verb ("the government are"). */
  collective: boolean;
  /** A quantity noun before "of" ("a number of", "37 per cent of") that hands agreement to what follows. */
  partitive: boolean;
}

const SUBJECT_PRONOUNS: Readonly<Record<string, Person>> = { i: 'first-singular', he: 'third-singular', she: 'third-singular', it: 'third-singular', we: 'other', you: 'other', they: 'other' };
// "you" and "it" are left out: after a preposition they may start a clause ("This time around you do…").
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them']);
/** Determiners that mark a number of their own, which a head of the other number contradicts ("those standing"). */
const DETERMINER_NUMBER: Readonly<Record<string, GrammaticalNumber>> = { a: 'singular', an: 'singular', this: 'singular', that: 'singular', each: 'singular', every: 'singular', these: 'plural', those: 'plural', many: 'plural', several: 'plural', both: 'plural' };
/** Nouns of time that follow a subject without belonging to it ("Publishers today are…"). */
const TIME_ADVERBS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
/** Determiners and quantifiers that can stand as the whole phrase ("Each of the children", "These include"). */
const STANDALONE: Readonly<Record<string, GrammaticalNumber>> = {
  this: 'singular', that: 'singular', each: 'singular', one: 'singular', another: 'singular',
  these: 'plural', those: 'plural', both: 'plural', many: 'plural', few: 'plural', several: 'plural',
};
const DETERMINER = /^(DT|PDT|PRP\$|CD)$/;
const MODIFIER = /^(JJ|JJR|JJS|NN|NNS|NNP|NNPS|CD|VBN|VBG)$/;
const NOMINAL = /^(NN|NNS|NNP|NNPS)$/;
/**
 * Nouns that, followed by "of", leave agreement to what follows ("a number of people are", "the rest of
 * the money is") or whose group reading allows either number in British English ("a fleet of ships have").
 */
const PARTITIVES = new Set([
  'number', 'lot', 'lots', 'majority', 'minority', 'rest', 'bulk', 'host', 'range', 'variety', 'couple', 'handful', 'total', 'series',
  'group', 'pair', 'proportion', 'percentage', 'share', 'fraction', 'third', 'quarter', 'half', 'part', 'portion', 'kind', 'sort', 'type',
  'flurry', 'spate', 'raft', 'string', 'wave', 'fleet', 'set', 'mass', 'plenty', 'hundreds', 'thousands', 'millions', 'dozens', 'per', 'cent', 'percent',
  'average', 'maximum', 'minimum', 'sum', 'amount', 'body', 'collection', 'crowd', 'team', 'panel', 'list', 'batch', 'clutch', 'swathe', 'army', 'family', 'class',
  'high', 'low', 'dozen', 'score', 'amounts', 'quantities', 'numbers', 'sums', 'volumes',
]);
/** Quantity nouns that stand for a part of something named before ("the rest are", "the majority have"). */
const ANAPHORIC_QUANTITIES = new Set(['rest', 'remainder', 'majority', 'minority', 'bulk', 'balance', 'half', 'lot', 'dozen', 'score', 'couple', 'handful', 'number', 'proportion', 'percentage', 'share', 'third', 'quarter', 'fraction', 'few']);
/** Group nouns that take a plural verb in British English ("the government are", "the team have"). */
const COLLECTIVES = new Set([
  'government', 'team', 'council', 'committee', 'board', 'party', 'club', 'family', 'company', 'firm', 'group', 'public', 'police',
  'staff', 'crew', 'audience', 'band', 'jury', 'union', 'cabinet', 'management', 'army', 'navy', 'squad', 'side', 'panel', 'bank',
  'parliament', 'opposition', 'majority', 'minority', 'couple', 'generation', 'population', 'electorate', 'community', 'commission',
  'administration', 'regime', 'department', 'ministry', 'press', 'media', 'class', 'orchestra', 'choir', 'cast', 'faculty', 'enemy',
  'clergy', 'youth', 'people', 'cattle', 'personnel', 'congress', 'senate', 'assembly', 'federation', 'association', 'league',
  'network', 'organisation', 'organization', 'agency', 'authority', 'bureau', 'office', 'court', 'tribunal', 'alliance', 'coalition',
  'leadership', 'unit', 'force', 'label', 'duo', 'trio', 'quartet', 'pair', 'herd', 'flock', 'crowd', 'mob', 'gang', 'delegation',
  'troupe', 'corporation', 'business', 'trust', 'charity', 'school', 'university', 'college', 'institute', 'society', 'movement',
  'campaign', 'brigade', 'battalion', 'regiment', 'squadron', 'platoon', 'fleet', 'workforce', 'membership', 'establishment', 'elite',
  'defence', 'defense', 'prosecution', 'outfit', 'line-up', 'lineup', 'franchise', 'stable', 'camp', 'hierarchy',
]);
/** Plural-looking or foreign plurals that news copy uses with a singular verb. */
const NUMBER_FREE_PLURALS = new Set(['data', 'media', 'agenda', 'criteria', 'headquarters', 'odds', 'means', 'series', 'species', 'whereabouts', 'thanks', 'news', 'innings', 'barracks', 'crossroads', 'kudos', 'bacteria', 'graffiti', 'paparazzi', 'dice', 'sales']);
/** Nouns whose singular and plural are spelt alike, or that name no number ("none"). */
const NUMBER_FREE_SINGULARS = new Set(['sheep', 'deer', 'fish', 'aircraft', 'spacecraft', 'offspring', 'salmon', 'carp', 'cod', 'trout', 'moose', 'bison', 'swine', 'livestock', 'poultry', 'none', 'series', 'species', 'police', 'staff', 'personnel', 'cattle']);

/** Reads the noun phrase that starts at word `i`; undefined when none starts there. */
export function nounPhraseAt(document: NewsDocument, sentence: Sentence, i: number): NounPhrase | undefined {
  const words = sentence.words;
  const first = words[i];
  if (!first) return undefined;
  const pronoun = SUBJECT_PRONOUNS[first.lower];
  if (pronoun && first.tag === 'PRP') return { start: i, end: i + 1, head: first, number: pronoun === 'other' ? 'plural' : 'singular', person: pronoun, collective: false, partitive: false };
  let j = i;
  while (j < words.length && (DETERMINER.test(words[j]!.tag) || isPossessive(words[j]!)) && (j === i || adjacent(document, words[j - 1]!, words[j]!))) j++;
  const determinersEnd = j;
  // "Having more parties splits the vote", "Monitoring symptoms is easier": a phrase opening on an -ing
  // form is a gerund, singular whatever follows, even where the tagger read a noun.
  const opener = words[j];
  if (opener && j === i && (opener.tag === 'VBG' || (/ing$/.test(opener.lower) && lexicalTags(opener.lower).includes('VBG') && /^(NN|NNS|DT|PRP\$|JJ)$/.test(words[j + 1]?.tag ?? '')))) return undefined;
  while (j < words.length && MODIFIER.test(words[j]!.tag) && !isPossessive(words[j]!) && !(j > i && TIME_ADVERBS.has(words[j]!.lower)) && (j === i || adjacent(document, words[j - 1]!, words[j]!))) {
    // A participle is a modifier only before a noun ("the leaked files"); after a noun it starts a
    // clause ("people earning the minimum wage", "his views regarding immigration").
    if (/^VB[NG]$/.test(words[j]!.tag) && (!/^(NN|NNS|NNP|NNPS|JJ|JJR|JJS)$/.test(words[j + 1]?.tag ?? '') || /^(NN|NNS|NNP|NNPS)$/.test(words[j - 1]?.tag ?? ''))) break;
    // An adjective after a noun starts another phrase ("no releases last week").
    if (/^(JJ|JJR|JJS|CD)$/.test(words[j]!.tag) && j > i && NOMINAL.test(words[j - 1]!.tag)) break;
    j++;
  }
  // A trailing adjective or participle is a predicate ("your father live…", "prices high"), not part of the phrase.
  while (j > determinersEnd && !NOMINAL.test(words[j - 1]!.tag)) j--;
  if (j > determinersEnd) {
    const head = words[j - 1]!;
    const hasCardinal = words.slice(i, j - 1).some((word) => word.tag === 'CD');
    // A capitalised first word with no determiner may be a name ("Arsenal were", "Angels is a great song").
    // A plural the tagger read as a common noun, whose lower-case form is first of all one, is not ("Cats sleep").
    if (j - 1 === i && head.index === 0 && head.text !== head.lower && !commonNounOpener(head)) return { start: i, end: j, head, number: undefined, person: undefined, collective: false, partitive: false };
    const reading = nounNumber(head, words[j], hasCardinal);
    const marked = DETERMINER_NUMBER[first.lower];
    if (marked && reading.number && marked !== reading.number) return { start: i, end: j, head, ...reading, number: undefined, person: undefined };
    return { start: i, end: j, head, ...reading };
  }
  // No noun: a number after a determiner is the head ("These two is…").
  const last = words[determinersEnd - 1]!;
  if (determinersEnd === i + 2 && last.tag === 'CD' && Object.hasOwn(STANDALONE, first.lower)) {
    const number = /^(one|1)$/.test(last.lower) ? 'singular' : 'plural';
    return { start: i, end: determinersEnd, head: last, number, person: number === 'singular' ? 'third-singular' : 'other', collective: false, partitive: false };
  }
  // A standalone determiner or quantifier is the head ("These include…", "Each of them…"); "one in three"
  // is a ratio, which takes either number.
  if (determinersEnd === i + 1 && Object.hasOwn(STANDALONE, first.lower) && !(first.lower === 'one' && /^(in|out)$/.test(words[i + 1]?.lower ?? ''))) {
    const number = STANDALONE[first.lower]!;
    return { start: i, end: i + 1, head: first, number, person: number === 'singular' ? 'third-singular' : 'other', collective: false, partitive: false };
  }
  return undefined;
}

/** The object of a preposition: a noun phrase or an object pronoun ("of them"), never a subject pronoun. */
export function objectAt(document: NewsDocument, sentence: Sentence, i: number): NounPhrase | { end: number; partitive: false } | undefined {
  const word = sentence.words[i];
  if (word && OBJECT_PRONOUNS.has(word.lower) && word.tag === 'PRP') return { end: i + 1, partitive: false };
  const phrase = nounPhraseAt(document, sentence, i);
  return phrase && phrase.head.tag !== 'PRP' ? phrase : undefined;
}

/**
 * A capitalised sentence opener that reads as a common noun: a plain plural ("Cats", "Users"), not a team
 * or band ("Rangers"), or an indefinite pronoun ("Everyone", "Nobody"); a singular may be a name ("Factory were").
 */
function commonNounOpener(head: Word): boolean {
  const capitalised = lexiconTags(head.text)?.[0];
  if (head.tag === 'NNS') return lexicalTags(head.lower)[0] === 'NNS' && capitalised !== 'NNPS';
  return /^(every|some|no|any)(one|body|thing)$/.test(head.lower);
}

function nounNumber(head: Word, following: Word | undefined, hasCardinal: boolean): Pick<NounPhrase, 'number' | 'person' | 'collective' | 'partitive'> {
  const collective = COLLECTIVES.has(head.lower);
  const partitive = following?.lower === 'of' && PARTITIVES.has(head.lower);
  const unknown = { number: undefined, person: undefined, collective, partitive };
  // Names ("Reuters", "England", "the Netherlands") take whatever number their bearer does.
  if (head.tag === 'NNP' || head.tag === 'NNPS' || (head.text !== head.lower && head.index > 0)) return unknown;
  // "65 percent were", "five years is": a counted noun is one amount or a share, and takes either number.
  if (partitive || hasCardinal || ANAPHORIC_QUANTITIES.has(head.lower) || NUMBER_FREE_SINGULARS.has(head.lower)) return unknown;
  if (head.tag === 'NN') return { number: 'singular', person: 'third-singular', collective, partitive };
  // A plural the lexicon does not know ("crs") may be an abbreviation.
  if (NUMBER_FREE_PLURALS.has(head.lower) || head.lower.endsWith('ics')) return unknown;
  const pluralShape = /[^s]s$/.test(head.lower) || head.lower === 'people' || (irregularNounBase(head.lower) ?? head.lower) !== head.lower;
  if (!pluralShape || !lexicalTags(head.lower).includes('NNS')) return unknown;
  return { number: 'plural', person: 'other', collective, partitive };
}

/** A possessive that works as a determiner: "Korea's", "the workers'". */
export function isPossessive(word: Word): boolean {
  return /^(NN|NNS|NNP|NNPS)$/.test(word.tag) && /(?:['’]s|s['’])$/i.test(word.text);
}
