import { lintWithHarper } from '../../src/grammar/harper-linter.js';
import { HARPER_RULES } from '../../src/grammar/harper-rules.js';
import { HARPER_DEFAULTS, NEWS_SELECTION, type HarperSelection } from '../../src/grammar/harper-selection.js';

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

function harperChecker(selection: HarperSelection): Checker {
  return async (text) =>
    (await lintWithHarper(text, selection)).map((finding) => ({
      start: finding.start,
      end: finding.end,
      ruleId: HARPER_RULES[finding.lintKind]?.ruleId ?? `harper-${finding.lintKind}`,
      detail: finding.ruleName,
    }));
}

/**
 * The checkers the harness can run, by name.
 * A `newslint` entry belongs here once the engine runs the grammar layer: `lint()` from src/index.ts on the
 * sentence, keeping the diagnostics whose kind is `grammar`, `usage`, `punctuation` or `repetition`.
 */
export const CHECKERS: Readonly<Record<string, Checker>> = {
  'harper-defaults': harperChecker(HARPER_DEFAULTS),
  'harper-news': harperChecker(NEWS_SELECTION),
};
