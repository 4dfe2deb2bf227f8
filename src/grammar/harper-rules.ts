/**
 * Harper's lint kinds that newslint reports (harper.js `LintKind`) → the newslint rule that reports them.
 *
 * Keyed by kind rather than by Harper's ~880 lint names: kinds are a closed list that survives Harper
 * upgrades, while lint names come and go with every release. Several kinds share one rule where a news
 * editor would not tell them apart (an agreement slip and a missing article are both "grammar").
 *
 * Kinds left out have no rule at all, because newslint is not a spell checker or a house-style guide and
 * on dev they add nothing but noise (bench/grammar/HARPER.md, scratch/README-grammar.md):
 * - Spelling: names of people, firms and places, and "co-operate"-style prefixes;
 * - Formatting, Regionalism: en dashes, ellipsis characters, a continued quote's missing close, US vs
 *   UK words: house style (Formatting alone flags 14% of LanguageTool's correct sentences);
 * - Capitalization: more false alarms than catches on both example suites;
 * - Style, Enhancement, Redundancy: Oxford comma, "vocabulary enhancement", "and also" — preferences;
 * - Readability: sentence length, which newslint's `readability` rule already measures.
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
  Repetition: 'harper-repetition',
};

/** The Harper lint kinds a newslint rule reports. */
export function harperKindsOf(ruleId: string): string[] {
  return Object.entries(HARPER_RULES)
    .filter(([, id]) => id === ruleId)
    .map(([kind]) => kind);
}
