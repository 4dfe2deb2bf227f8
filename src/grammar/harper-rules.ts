/**
 * Harper's lint kinds that newslint reports (harper.js `LintKind`) → the newslint rule that reports them.
 *
 * Keyed by kind rather than by Harper's ~880 lint names: kinds are a closed list that survives Harper
 * upgrades, while lint names come and go with every release. Several kinds share one rule where a news
 * editor would not tell them apart (an agreement slip and a missing article are both "grammar").
 *
 * Kinds left out have no rule at all (NEVER_REPORTED_KINDS in harper-selection.ts): newslint is not a
 * spell checker, vocabulary "enhancement" is preference, newslint's `readability` rule measures
 * sentence length, and regionalisms hold British copy to American idiom. Which lints of the other kinds run is the allow-list in harper-news-lints.ts.
 */
export const HARPER_RULES: Readonly<Record<string, string>> = {
  Agreement: 'harper-grammar',
  Grammar: 'harper-grammar',
  WordOrder: 'harper-grammar',
  // Harper files article (a/an), double modals and missing words here.
  Miscellaneous: 'harper-grammar',
  WordChoice: 'harper-word-choice',
  Usage: 'harper-word-choice',
  Eggcorn: 'harper-word-choice',
  Malapropism: 'harper-word-choice',
  Nonstandard: 'harper-word-choice',
  // Real-word slips (their/there, quiet/quite) and run-together or split words, not dictionary misses.
  Typo: 'harper-word-choice',
  BoundaryError: 'harper-word-choice',
  Punctuation: 'harper-punctuation',
  // Typographic slips: "5'" for "5 ft", a stray space; the selection leaves out house style (dashes, ellipses).
  Formatting: 'harper-punctuation',
  Repetition: 'harper-repetition',
  Style: 'harper-style',
  Redundancy: 'harper-style',
  Capitalization: 'harper-capitalization',
};

/** The Harper lint kinds a newslint rule reports. */
export function harperKindsOf(ruleId: string): string[] {
  return Object.entries(HARPER_RULES)
    .filter(([, id]) => id === ruleId)
    .map(([kind]) => kind);
}
