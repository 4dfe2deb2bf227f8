import type { Severity } from '../engine/types.js';

/** `Error`, `Warning`, `Info`: the capitalised label line-per-problem formats print. */
export function severityLabel(severity: Severity): string {
  return severity.charAt(0).toUpperCase() + severity.slice(1);
}

/** ESLint's numeric severity: 2 for errors, 1 for everything else (ESLint has no third level). */
export function eslintSeverity(severity: Severity): 1 | 2 {
  return severity === 'error' ? 2 : 1;
}
