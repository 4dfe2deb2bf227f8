import type { ProblemCounts } from '../reporters/count-problems.js';

/** Exit codes, as documented in `--help`. */
export const EXIT = { ok: 0, lintErrors: 1, failure: 2 } as const;

/**
 * 2 when any file could not be linted (the others were still reported), else 1 for errors or for
 * more warnings than `maxWarnings` (-1: no limit; infos never count), else 0.
 */
export function exitCodeFor(counts: ProblemCounts, failedFiles: number, maxWarnings: number): number {
  if (failedFiles > 0) return EXIT.failure;
  if (counts.errors > 0) return EXIT.lintErrors;
  if (maxWarnings >= 0 && counts.warnings > maxWarnings) return EXIT.lintErrors;
  return EXIT.ok;
}
