import { oneLine } from './compact.js';
import { plural } from './count-problems.js';
import { severityLabel } from './severity-label.js';
import type { Reporter } from './types.js';

/** ESLint's `unix` format: `path:line:col: message [Error/rule-id]`, the shape editors' quickfix lists read. */
export const unix: Reporter = (results) => {
  const lines = results.flatMap((result) =>
    result.diagnostics.map(
      (diagnostic) =>
        `${result.filePath}:${diagnostic.line}:${diagnostic.column}: ${oneLine(diagnostic.message)} [${severityLabel(diagnostic.severity)}/${diagnostic.ruleId}]`,
    ),
  );
  return lines.length ? `${lines.join('\n')}\n\n${plural(lines.length, 'problem')}\n` : '';
};
