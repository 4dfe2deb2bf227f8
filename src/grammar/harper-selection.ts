import { NEWS_LINTS } from './harper-news-lints.js';
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
  // House style, not errors: the serial comma either way, "car maker"/"carmaker", "roadmap", a comma
  // after "However", "damages" in lawsuits, words that offend out of context ("Dick Cheney"),
  // "21.07secs", "nerve-wracking".
  'OxfordComma',
  'NoOxfordComma',
  'CompoundNouns',
  'RoadMap',
  'DiscourseMarkers',
  'Damages',
  'AvoidCurses',
  'ExpandTimeShorthands',
  'NerveRacking',
  // Style and typography a house decides: contractions ("don't" → "do not"), American words for British
  // ones ("petrol" → "gas"), en dashes in ranges, the ellipsis character and its length, and a quote
  // left open at the end of a paragraph, which is how news copy continues a quote into the next one.
  'AvoidContractions',
  'Regionalisms',
  'NumericRangeEnDash',
  'UseEllipsisCharacter',
  'EllipsisLength',
  'UnclosedQuotes',
  // Covered by newslint's own rules: repeated-words ("the the", and it knows "had had" is sound), the
  // retext indefinite-article check (which reads "an HIV test" right; Harper's AnA does not) and
  // missing-article (24 of MissingDeterminer's 26 dev catches, while all 11 of the lint's dev news
  // findings were sound: "should see very little change", "a successful GET request").
  'RepeatedWords',
  'TheTheToThatThe',
  'AnA',
  'MissingDeterminer',
  // Read on the dev news, where nearly every finding was sound copy: preferences ("find out" → "find",
  // "not impossible" → "possible", "more likely" → "likelier", "30GB" → "30 gigabytes", "from day
  // one" → "Day One", "a couple months", "um" cut from a quote), "that that" read as a slip, "too"/"to"
  // swapped in sound sentences, closed compounds split ("comeback" → "come back") and nouns of action
  // read as mass nouns ("a ruling"). Lints that flooded the news in a way newslint can see run with a
  // context check instead (harper-news-misfires.ts).
  'FindOut',
  'LitotesDirectPositive',
  'MoreAdjective',
  'ExpandMemoryShorthands',
  'RedundantThat',
  'ToTwoToo',
  'PhrasalVerbAsCompoundNoun',
  'MassNouns',
  'ThatWhich',
  'DayOneNames',
  'QuantifierNeedsOf',
  'FillerWords',
];

/**
 * Lints whose findings on the dev news were read and are mostly real slips in the copy, so the selection
 * takes them whatever the example suites say and does not count their news findings as false alarms
 * (bench/grammar/select-lints.ts counts every other news finding as one): a space before a comma or
 * none after it, and closed compounds written apart ("no where", "my self", "some one", "worth while",
 * "every body", "any where", "in tact"), and "the this".
 */
export const READ_AS_REAL_SLIPS: readonly string[] = [
  'CommaFixes',
  'Nowhere',
  'Myself',
  'Someone',
  'Worthwhile',
  'Everybody',
  'Anywhere',
  'Intact',
  'ThatThis',
  // With their context checks (src/grammar/harper-news-misfires.ts), read again on dev news: 18 of
  // SplitWords' 26 findings are words run together ("thefirst", "hesaid", "alot"), 10 of
  // CapitalizePersonalPronouns' 17 a lower-case "I" in readers' comments.
  'SplitWords',
  'CapitalizePersonalPronouns',
  // A compound modifier takes its hyphen ("first-person shooter", "first-person accounts"), as
  // newslint's compound-modifier-hyphen asks of "a 25-year period": all 3 dev news findings.
  'FirstPersonModifierHyphen',
];

/**
 * Harper lint kinds newslint never reports: dictionary spelling (names of people, firms and places),
 * vocabulary "enhancement" (preferences, not errors), sentence length (newslint's readability rule) and
 * regionalisms, which ask British copy for American idiom ("on the cards" → "in the cards").
 */
export const NEVER_REPORTED_KINDS: readonly string[] = ['Spelling', 'Enhancement', 'Readability', 'Regionalism'];

/**
 * The lint selection for news copy: an allow-list chosen from dev data by bench/grammar/select-lints.ts
 * (harper-news-lints.ts), every other lint switched off so that Harper does not run it at all.
 */
export const NEWS_SELECTION: HarperSelection = {
  dialect: 'american',
  lints: Object.fromEntries(NEWS_LINTS.map((name) => [name, true])),
  others: 'off',
  kinds: Object.keys(HARPER_RULES),
};
