import { plural } from './count-problems.js';
import { severityLabel } from './severity-label.js';
import type { Reporter } from './types.js';

/** ESLint's `compact` format: `path: line 3, col 7, Error - message (rule-id)`, then a count. */
export const compact: Reporter = (results) => {
  const lines = results.flatMap((result) =>
    result.diagnostics.map(
      (diagnostic) =>
        `${result.filePath}: line ${diagnostic.line}, col ${diagnostic.column}, ${severityLabel(diagnostic.severity)} - ${oneLine(diagnostic.message)} (${diagnostic.ruleId})`,
    ),
  );
  return lines.length ? `${lines.join('\n')}\n\n${plural(lines.length, 'problem')}\n` : '';
};

/** Messages are one line by house style; a stray newline must not break line-based parsers. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}
