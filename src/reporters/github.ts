import type { Severity } from '../engine/types.js';
import { displayPath } from './display-path.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands (`::error file=…,line=…::message`), which annotate the pull request. */
export const github: Reporter = (results, context) => {
  const lines = results.flatMap((result) => {
    const file = escapeProperty(displayPath(result.filePath, context.cwd));
    return result.diagnostics.map((diagnostic) => {
      const properties = [
        `file=${file}`,
        `line=${diagnostic.line}`,
        `col=${diagnostic.column}`,
        `endLine=${diagnostic.endLine}`,
        `endColumn=${diagnostic.endColumn}`,
        `title=${escapeProperty(diagnostic.ruleId)}`,
      ];
      return `::${COMMAND[diagnostic.severity]} ${properties.join(',')}::${escapeData(diagnostic.message)}`;
    });
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
};

/** Escape a command's message as the Actions runner decodes it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value: the message escapes plus `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
