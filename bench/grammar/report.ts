import type { Tally } from './score.js';

/** Tallies for one row of the report, by checker name. */
export interface ReportRow {
  label: string;
  tallies: Record<string, Tally>;
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

/** Renders rows of tallies as a fixed-width table: recall and false-alarm rate per checker, side by side. */
export function formatTable(rows: readonly ReportRow[], checkers: readonly string[]): string {
  const header = ['', 'errors', 'correct', ...checkers.flatMap((name) => [`${name} recall`, 'anywhere', 'false-alarm'])];
  const body = rows.map((row) => {
    const first = row.tallies[checkers[0]!]!;
    return [
      row.label,
      String(first.errors),
      String(first.correct),
      ...checkers.flatMap((name) => {
        const t = row.tallies[name]!;
        return [percent(t.caught, t.errors), percent(t.caught + t.elsewhere, t.errors), percent(t.falseAlarms, t.correct)];
      }),
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((cells) => cells[column]!.length)));
  return [header, ...body]
    .map((cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
    .join('\n');
}
