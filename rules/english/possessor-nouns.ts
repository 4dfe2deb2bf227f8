import { isPersonRole } from '../../src/model/person-roles.js';
import { PERSON_NOUNS } from './count-nouns.js';

/**
 * Singular nouns for what typically owns, makes or does something in news copy: people by kin and
 * station, animals, and the bodies people act through ("the team's victory", "the museum's
 * collection"). Nouns for things and activities are left out on purpose: their plurals modify nouns
 * freely ("a drugs test", "the games industry", "the arms trade"). Role nouns ("president", "striker")
 * come from the document model's role table and learners' people nouns from count-nouns.ts. Written
 * from general English, not from any corpus.
 */
const POSSESSORS = new Set(
  [
    // People by kin, age and relation.
    'mother father parent son daughter brother sister wife husband partner spouse sibling twin family',
    'grandmother grandfather grandparent grandson granddaughter grandchild uncle aunt cousin nephew niece',
    'boyfriend girlfriend fiance fiancee widow widower orphan teenager toddler infant baby',
    'neighbour neighbor friend colleague classmate flatmate roommate',
    // People by what they do or undergo.
    'citizen resident voter fan supporter member owner user consumer buyer seller customer client',
    'patient victim hostage prisoner detainee refugee migrant immigrant employee employer',
    'opponent rival competitor referee umpire athlete champion participant contestant',
    'pensioner taxpayer shareholder landlord tenant homeowner rider jockey',
    'architect designer artist author composer photographer baker butcher farmer fisherman',
    'builder plumber electrician mechanic chef waiter pilot sailor soldier nurse doctor dentist',
    'surgeon vet teacher pupil student scientist researcher inventor founder entrepreneur',
    'king queen prince princess emperor monarch pope bishop priest vicar',
    'protester demonstrator activist campaigner rebel militant gunman killer attacker murderer',
    'thief burglar robber suspect defendant witness juror',
    'worker manager boss coach player striker goalkeeper captain jockey trainer driver passenger',
    'listener viewer reader writer blogger subscriber follower visitor tourist guest host',
    // Animals.
    'animal pet cat kitten dog puppy horse pony cow bull calf pig goat lamb rabbit hamster rat',
    'bird duck goose swan owl eagle hawk pigeon parrot chicken hen',
    'snake lizard frog toad turtle tortoise shark whale dolphin seal',
    'bear lion tiger leopard cheetah elephant giraffe zebra monkey gorilla chimpanzee fox wolf badger',
    'bee ant spider insect',
    // Bodies people act through.
    'team club squad side band company firm business bank airline retailer carmaker',
    'government council ministry department agency authority regulator watchdog',
    'country nation city town village county region province',
    'museum gallery school university college hospital charity church',
    'party organisation organization association federation league union committee board',
    'newspaper broadcaster network channel publisher studio',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Nouns that after a plural name something for that group rather than something it owns: bodies,
 * events and provisions ("a teachers college", "the players union", "the girls team", "a citizens
 * pension"). AP style writes these descriptive phrases without an apostrophe, BBC and Guardian style
 * with one, so neither form is wrong in news copy.
 */
export const DESCRIPTIVE_HEADS = new Set(
  [
    'union association guild league club society federation council committee forum group network alliance movement party market',
    'college school academy team squad',
    'championship tournament cup competition race event fair conference convention day evening',
    'strike march protest campaign pension allowance benefit compensation charter guide handbook magazine',
  ]
    .join(' ')
    .split(' '),
);

/** Members of political parties, written with a capital ("the Conservatives' stance"). */
const PARTY_MEMBERS = new Set(['conservative', 'tory', 'democrat', 'republican', 'liberal', 'socialist', 'communist', 'unionist', 'nationalist']);

/** Units of time whose possessive dates or measures a noun ("this year's festival", "two weeks' time"). */
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century', 'season']);

/** Whether a lower-case singular noun names something that commonly owns or does what follows it. */
export function isPossessor(noun: string): boolean {
  return POSSESSORS.has(noun) || PERSON_NOUNS.has(noun) || isPersonRole(noun) || TIME_UNITS.has(noun);
}

/**
 * Whether a lower-case singular noun still owns things when its plural is capitalised: titles ("the
 * Ministers decision") and party members ("the Conservatives stance"), not names ("the Rangers manager").
 */
export function isCapitalisedPossessor(noun: string): boolean {
  return isPersonRole(noun) || PARTY_MEMBERS.has(noun);
}

/**
 * Possessives written without an apostrophe that are not words of their own before a noun ("childrens",
 * "womens", "todays"), with the possessive they stand for. "tomorrows" and "yesterdays" are plurals
 * after a count or a possessive ("many tomorrows"), which the rule checks.
 */
export const BARE_POSSESSIVES: ReadonlyMap<string, string> = new Map([
  ['childrens', "children's"],
  ['womens', "women's"],
  ['mens', "men's"],
  ['todays', "today's"],
  ['tonights', "tonight's"],
  ['tomorrows', "tomorrow's"],
  ['yesterdays', "yesterday's"],
]);

/**
 * Irregular plurals of people that own things, with their possessive: "the children toys" lacks its
 * "'s" as plainly as "the childrens toys" lacks its apostrophe.
 */
export const IRREGULAR_PLURAL_POSSESSIVES: ReadonlyMap<string, string> = new Map([
  ['children', "children's"],
  ['women', "women's"],
  ['men', "men's"],
]);

/** Singular nouns whose plural is irregular, so that a bare "s" on them is a possessive ("the childs toy"). */
export const IRREGULAR_SINGULARS = new Set(['child', 'woman', 'man', 'mouse', 'goose', 'tooth', 'foot', 'sheep', 'person']);

/** Academic degrees named by a possessive ("a master's degree"), and the nouns that show the degree is meant. */
export const DEGREE_POSSESSIVES: ReadonlyMap<string, string> = new Map([
  ['masters', "master's"],
  ['bachelors', "bachelor's"],
]);
// Singular only: "masters students" and "masters programmes" are common plural modifiers in academic usage.
// "masters degree" is garbled-phrase's (garbled-phrases.ts), so "degree" is not here.
export const DEGREE_NOUNS = new Set(['dissertation', 'thesis', 'course', 'programme', 'program', 'student', 'qualification']);
