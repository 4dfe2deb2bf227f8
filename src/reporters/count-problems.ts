import type { Diagnostic } from '../engine/types.js';

/** Problem counts by severity, as summary lines and ESLint's JSON need them. */
export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** Errors with a fix safe to apply unattended. */
  fixableErrors: number;
  /** Warnings and infos with a safe fix (ESLint's JSON has no third severity). */
  fixableWarnings: number;
}

/** Count diagnostics by severity. */
export function countProblems(diagnostics: readonly Diagnostic[]): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') {
      counts.errors++;
      if (diagnostic.safe) counts.fixableErrors++;
    } else {
      if (diagnostic.severity === 'warning') counts.warnings++;
      else counts.infos++;
      if (diagnostic.safe) counts.fixableWarnings++;
    }
  }
  return counts;
}

/** `3 problems (1 error, 1 warning, 1 info)`, naming only the severities present besides errors and warnings. */
export function describeCounts(counts: ProblemCounts): string {
  const total = counts.errors + counts.warnings + counts.infos;
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos > 0) parts.push(`${counts.infos} info`);
  return `${plural(total, 'problem')} (${parts.join(', ')})`;
}

/** `1 problem`, `2 problems`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
