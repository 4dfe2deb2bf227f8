import type { Severity } from '../engine/types.js';
import { palette, type Palette } from './ansi-colour.js';
import { countProblems, describeCounts } from './count-problems.js';
import { displayPath } from './display-path.js';
import type { Reporter } from './types.js';

/** Human output grouped by file, aligned in columns, with a summary line (ESLint's `stylish` layout). */
export const stylish: Reporter = (results, context) => {
  const paint = palette(context.color);
  const lines: string[] = [];
  const all = results.flatMap((result) => result.diagnostics);
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    lines.push(paint.underline(displayPath(result.filePath, context.cwd)));
    const rows = result.diagnostics.map((diagnostic) => [
      `${diagnostic.line}:${diagnostic.column}`,
      diagnostic.severity,
      diagnostic.message.replace(/\s*\n\s*/g, ' '),
      diagnostic.ruleId,
    ]);
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
    for (const [place, severity, message, ruleId] of rows) {
      const cells = [
        paint.dim(place.padEnd(widths[0])),
        colourSeverity(severity as Severity, paint)(severity.padEnd(widths[1])),
        message.padEnd(widths[2]),
        paint.dim(ruleId),
      ];
      lines.push(`  ${cells.join('  ')}`);
    }
    lines.push('');
  }
  const counts = countProblems(all);
  const suppressed = context.baselineSuppressed > 0 ? ` and ${context.baselineSuppressed} in the baseline` : '';
  if (all.length > 0) {
    const mark = counts.errors > 0 ? paint.red : counts.warnings > 0 ? paint.yellow : paint.blue;
    lines.push(mark(paint.bold(`\u2716 ${describeCounts(counts)}`)) + suppressed);
  } else if (suppressed) {
    lines.push(`No new problems (${context.baselineSuppressed} in the baseline)`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

function colourSeverity(severity: Severity, paint: Palette): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.blue;
}
