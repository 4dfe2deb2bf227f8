import { HARPER_RULES } from './harper-rules.js';

/** English varieties harper.js checks against. */
export type HarperDialect = 'american' | 'british' | 'australian' | 'canadian' | 'indian';

/** Which of Harper's lints run and which of their findings are reported. */
export interface HarperSelection {
  /** English variety Harper checks against. */
  dialect: HarperDialect;
  /** Harper lint names switched on (`true`) or off (`false`). */
  lints: Readonly<Record<string, boolean>>;
  /** What the lints `lints` does not name do: Harper's own default (the default), or stay off (an allow-list). */
  others?: 'default' | 'off';
  /**
   * Keep every lint's finding where findings overlap. Harper keeps one of them by default; the selection
   * bench needs each lint's own findings.
   */
  keepOverlaps?: boolean;
  /** Harper lint kinds reported (`Agreement`, `Typo`, …); `null` reports every kind. */
  kinds: readonly string[] | null;
}

/** harper.js exactly as it ships: every default lint, every kind, American English. */
export const HARPER_DEFAULTS: HarperSelection = { dialect: 'american', lints: {}, kinds: null };

/**
 * Lints newslint never runs on news, whatever they catch in the example suites: bench/grammar/select-lints.ts
 * leaves them out before it chooses.
 */
export const NEVER_FOR_NEWS: readonly string[] = [
  // Spelling is not newslint's job; the lint's hits are names of people, firms and places.
  'SpellCheck',
  // House style, not errors: the serial comma either way, "car maker"/"carmaker", "roadmap", "in-demand",
  // "Turkey"/"Türkiye", a comma after "However", "damages" in lawsuits, words that offend out of context
  // ("Dick Cheney"), "21.07secs", "first person shooter", "nerve-wracking".
  'OxfordComma',
  'NoOxfordComma',
  'CompoundNouns',
  'RoadMap',
  'InDemandInDepth',
  'UpdatePlaceNames',
  'DiscourseMarkers',
  'Damages',
  'AvoidCurses',
  'ExpandTimeShorthands',
  'FirstPersonModifierHyphen',
  'NerveRacking',
  // Covered by newslint's own rules: repeated-words ("the the", and it knows "had had" is sound) and
  // the retext indefinite-article check (which reads "an HIV test" right; Harper's AnA does not).
  'RepeatedWords',
  'TheTheToThatThe',
  'AnA',
];

/**
 * Harper lint kinds newslint never reports: dictionary spelling (names of people, firms and places),
 * vocabulary "enhancement" (preferences, not errors) and sentence length (newslint's readability rule).
 */
export const NEVER_REPORTED_KINDS: readonly string[] = ['Spelling', 'Enhancement', 'Readability'];

// Lints of the reported kinds that fire mostly on sound, edited copy (read off their findings on the
// dev articles of the BBC and web news corpora, see bench/grammar/HARPER.md), grouped by why they are
// wrong for news.
const OFF_FOR_NEWS = [
  // Spelling is not newslint's job; the lint's hits are names of people, firms and places.
  'SpellCheck',
  // House style, not errors: serial comma, "car maker"/"carmaker", "roadmap", "in-demand",
  // "Turkey"/"Türkiye", a comma after "However", "damages" in lawsuits, words that offend out of context
  // ("Dick Cheney"), "21.07secs", "first person shooter", "nerve-wracking".
  'OxfordComma',
  'CompoundNouns',
  'RoadMap',
  'InDemandInDepth',
  'UpdatePlaceNames',
  'DiscourseMarkers',
  'Damages',
  'AvoidCurses',
  'ExpandTimeShorthands',
  'FirstPersonModifierHyphen',
  'NerveRacking',
  // Trip on names, titles, initialisms and jargon: "delisted" → "delis ted", "ILO" → "IMO",
  // "May would", "Theresa May said", "a confidant", "the re-listing" → "there", "the 80s and" → "sand",
  // "The Who", "hip hop" → "hope", "New Labour" → "Knew", "Do They Know It's Christmas?",
  // "the GB team" → "gigabyte", "Halo 2" → "Hello", "Te Kaurinui" → "The", "Flos" → "Floes".
  'SplitWords',
  'MergeWords',
  'WrongNegative',
  'TransposedSpace',
  'DoubleModal',
  'ModalBeAdjective',
  'Confident',
  'There',
  'TheHowWhy',
  'HopHope',
  'PronounKnew',
  'ItsPossessive',
  'ExpandMemoryShorthands',
  'HelloGreeting',
  'The',
  'RegularIrregulars',
  // Misread common news constructions: "some 2,000 jobs", "analysts expect prices to rise",
  // "a filing", "criticism for its handling", "charges against him are", "both of whom lost",
  // "one of the best (meetings)", "the danger that", "quite a lot", "more modest", "led to heightened",
  // "up to now", "exercised their right", "a show they claim is", "also arrested were", "a while ago",
  // "a comeback single", "they'll be let off", "expected to find out", "every one of the forwards",
  // "revealed how the manager", "insist on floor pay levels", "a lot we didn't know", "a couple wakes up",
  // "there are few, if any", "there are between 150,000 and", "ensure that that service",
  // "over all of it hangs", "obsessed but".
  'QuantifierNumeralConflict',
  'MissingTo',
  'MissingPreposition',
  'MassNouns',
  'ItsContraction',
  'PronounInflectionBe',
  'WhomSubjectOfVerb',
  'OneOfTheSingular',
  'ThatThan',
  'QuiteQuiet',
  'AdjectiveDoubleDegree',
  'InflectedVerbAfterTo',
  'ToTwoToo',
  'TheirToThere',
  'TheirToTheyre',
  'TheyToThem',
  'WereWhere',
  'PronounContraction',
  'AWhile',
  'PhrasalVerbAsCompoundNoun',
  'LetsConfusion',
  'FindOut',
  'Everyone',
  'HowTo',
  'MissingDeterminer',
  'QuantifierNeedsOf',
  'ThereIsAgreement',
  'RedundantThat',
  'ThatWhich',
  'Overall',
  'ObsessPreposition',
  // Found nothing in LanguageTool's examples and were wrong on most of their BBC dev hits: "say no to"
  // → "not to", "Band Aid 20's website" and "50's beef" (possessives) → "20s", "DOS compatible" →
  // "DOES", "the world wide web", "it's out of date" (predicative, no hyphen), "wellbeing" (BBC style).
  'NotTo',
  'PluralDecades',
  'HeDos',
  'Worldwide',
  'OutOfDate',
  'WellBeing',
  // Covered by newslint's own rules: repeated-words ("the the", and it knows "had had" is sound) and
  // the retext indefinite-article check (which reads "an HIV test" right; Harper's AnA does not).
  'RepeatedWords',
  'TheTheToThatThe',
  'AnA',
];

/** The lint selection for news copy: grammar, usage, punctuation and repetition slips only. */
export const NEWS_SELECTION: HarperSelection = {
  dialect: 'american',
  lints: Object.fromEntries(OFF_FOR_NEWS.map((name) => [name, false])),
  kinds: Object.keys(HARPER_RULES),
};
