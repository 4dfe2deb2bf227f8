import type { RuleKind, Severity } from '../engine/types.js';

/** How newslint reports one kind of Harper lint. */
export interface HarperRuleEntry {
  /** Stable newslint rule id: config key and `ruleId` of the diagnostics. */
  ruleId: string;
  kind: RuleKind;
  severity: Severity;
  /** Whether newslint reports this Harper kind unless the config says otherwise. */
  onByDefault: boolean;
}

/**
 * Harper's closed list of lint kinds (harper.js `LintKind`) → newslint rule.
 *
 * Keyed by kind rather than by Harper's ~880 lint names: kinds are a closed list that survives Harper
 * upgrades, while lint names come and go with every release. Several kinds share one rule where a news
 * editor would not tell them apart (an agreement slip and a missing article are both "grammar").
 *
 * Off by default, because newslint is not a spell checker or a house-style guide:
 * - Spelling: flags names of people, firms and places (most of its hits on real news copy);
 * - Style, Enhancement, Readability: Oxford comma, "vocabulary enhancement", sentence length —
 *   preferences, and readability has its own newslint rules;
 * - Formatting, Regionalism: en dashes, ellipsis characters, US vs UK words — house style;
 * - Capitalization, Redundancy: mostly house-style hits on edited copy ("Opec's", "all of the").
 */
export const HARPER_RULES: Readonly<Record<string, HarperRuleEntry>> = {
  Agreement: { ruleId: 'harper-grammar', kind: 'grammar', severity: 'warning', onByDefault: true },
  Grammar: { ruleId: 'harper-grammar', kind: 'grammar', severity: 'warning', onByDefault: true },
  WordOrder: { ruleId: 'harper-grammar', kind: 'grammar', severity: 'warning', onByDefault: true },
  // Harper files article (a/an), double modals and missing words here.
  Miscellaneous: { ruleId: 'harper-grammar', kind: 'grammar', severity: 'warning', onByDefault: true },
  WordChoice: { ruleId: 'harper-word-choice', kind: 'usage', severity: 'warning', onByDefault: true },
  Usage: { ruleId: 'harper-word-choice', kind: 'usage', severity: 'warning', onByDefault: true },
  Eggcorn: { ruleId: 'harper-word-choice', kind: 'usage', severity: 'warning', onByDefault: true },
  Malapropism: { ruleId: 'harper-word-choice', kind: 'usage', severity: 'warning', onByDefault: true },
  Nonstandard: { ruleId: 'harper-word-choice', kind: 'usage', severity: 'warning', onByDefault: true },
  // Real-word slips (their/there, quiet/quite) and run-together or split words, not dictionary misses.
  Typo: { ruleId: 'harper-word-choice', kind: 'usage', severity: 'warning', onByDefault: true },
  BoundaryError: { ruleId: 'harper-word-choice', kind: 'usage', severity: 'warning', onByDefault: true },
  Punctuation: { ruleId: 'harper-punctuation', kind: 'punctuation', severity: 'warning', onByDefault: true },
  Repetition: { ruleId: 'harper-repetition', kind: 'repetition', severity: 'warning', onByDefault: true },
  Formatting: { ruleId: 'harper-formatting', kind: 'punctuation', severity: 'info', onByDefault: false },
  Capitalization: { ruleId: 'harper-capitalization', kind: 'usage', severity: 'info', onByDefault: false },
  Redundancy: { ruleId: 'harper-redundancy', kind: 'style', severity: 'info', onByDefault: false },
  Style: { ruleId: 'harper-style', kind: 'style', severity: 'info', onByDefault: false },
  Enhancement: { ruleId: 'harper-style', kind: 'style', severity: 'info', onByDefault: false },
  Readability: { ruleId: 'harper-readability', kind: 'readability', severity: 'info', onByDefault: false },
  Regionalism: { ruleId: 'harper-regionalism', kind: 'consistency', severity: 'info', onByDefault: false },
  Spelling: { ruleId: 'harper-spelling', kind: 'usage', severity: 'info', onByDefault: false },
};
