import { builtinRules } from '../../rules/index.js';

/** `--list-rules`: the built-in rules as an aligned table, or JSON with `--format json`. */
export function listRules(format: string): string {
  const rules = Object.values(builtinRules)
    .map((rule) => rule.meta)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  if (format === 'json') {
    const rows = rules.map(({ id, kind, severity, fixable, description, recommended }) => ({ id, kind, severity, fixable, recommended: recommended !== false, description }));
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  const rows = [['RULE', 'KIND', 'SEVERITY', 'FIXABLE', 'DESCRIPTION'], ...rules.map((meta) => [meta.id, meta.kind, meta.severity, meta.fixable ? 'yes' : 'no', meta.description])];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column].length)));
  const lines = rows.map((row) => row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column]) : cell)).join('  ').trimEnd());
  return `${lines.join('\n')}\n\n${rules.length} rules\n`;
}
