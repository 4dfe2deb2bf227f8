import type { ResolvedConfig } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import { lintWithHarper } from '../../src/grammar/harper-linter.js';
import { HARPER_RULES } from '../../src/grammar/harper-rules.js';
import { HARPER_DEFAULTS, NEWS_SELECTION, type HarperSelection } from '../../src/grammar/harper-selection.js';
import { widenInsertion } from '../../src/grammar/harper-span.js';
import { configForRules, GRAMMAR_RULE_IDS } from '../grammar-rules/rule-set.js';

/** A finding as the harness sees it. */
export interface CheckerSpan {
  start: number;
  end: number;
  ruleId: string;
  /** The checker's own finer name (a Harper lint name), for breakdowns. */
  detail?: string;
}

/** A grammar checker under test: every grammar finding in one sentence. */
export type Checker = (text: string) => Promise<CheckerSpan[]>;

/** newslint's rules that run harper.js, one per group of Harper lint kinds. */
export const HARPER_RULE_IDS = [...new Set(Object.values(HARPER_RULES))];

/** The newslint rules of the grammar layer: our own (GRAMMAR_RULE_IDS) plus the Harper rules. */
export const GRAMMAR_LAYER_RULE_IDS = [...GRAMMAR_RULE_IDS, ...HARPER_RULE_IDS];

// harper.js alone, each finding on the span an editor would underline: an insertion widened over the
// word it goes before, as newslint's harper-* rules report it, so that both are judged alike.
function harperChecker(selection: HarperSelection): Checker {
  return async (text) =>
    (await lintWithHarper(text, selection)).map((finding) => ({
      ...widenInsertion(text, finding, finding.suggestions).span,
      ruleId: HARPER_RULES[finding.lintKind] ?? `harper-${finding.lintKind}`,
      detail: finding.ruleName,
    }));
}

// The whole engine (document model, rules, message chain) on the sentence as a plain-text file.
function newslintChecker(config: ResolvedConfig): Checker {
  return async (text) =>
    (await lint(text, { config, format: 'text' })).diagnostics.map((diagnostic) => ({
      start: diagnostic.offset,
      end: diagnostic.endOffset,
      ruleId: diagnostic.ruleId,
    }));
}

/** The config of the `newslint` checker: the whole grammar layer. */
export const NEWSLINT_CONFIG = configForRules(GRAMMAR_LAYER_RULE_IDS);

/** The checkers the harness can run, by name; `newslint` is the one thresholds.json guards. */
export const CHECKERS: Readonly<Record<string, Checker>> = {
  'harper-defaults': harperChecker(HARPER_DEFAULTS),
  'harper-news': harperChecker(NEWS_SELECTION),
  'newslint-rules': newslintChecker(configForRules(GRAMMAR_RULE_IDS)),
  newslint: newslintChecker(NEWSLINT_CONFIG),
};
