import type { Diagnostic } from '../engine/types.js';
import { countProblems } from './count-problems.js';
import { eslintSeverity } from './severity-label.js';
import { fixSpanOf } from '../fix/fix-span.js';
import type { Reporter } from './types.js';

/** A fix as ESLint writes it: replace `range` (UTF-16 offsets) with `text`. */
interface EslintFix {
  range: [number, number];
  text: string;
}

/** ESLint's `--format json`: one result object per file, messages with severity 1 or 2. */
export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((result) => {
      const counts = countProblems(result.diagnostics);
      return {
        filePath: result.filePath,
        messages: result.diagnostics.map(toEslintMessage),
        suppressedMessages: [],
        errorCount: counts.errors,
        fatalErrorCount: 0,
        warningCount: counts.warnings + counts.infos,
        fixableErrorCount: counts.fixableErrors,
        fixableWarningCount: counts.fixableWarnings,
        // ESLint includes the source only for files with problems; so do we.
        ...(result.diagnostics.length > 0 ? { source: result.source } : {}),
        usedDeprecatedRules: [],
      };
    }),
  );

function toEslintMessage(diagnostic: Diagnostic) {
  const { offset, endOffset } = fixSpanOf(diagnostic);
  const range: [number, number] = [offset, endOffset];
  const fix: EslintFix | undefined = diagnostic.safe ? { range, text: diagnostic.expected[0] } : undefined;
  return {
    ruleId: diagnostic.ruleId,
    severity: eslintSeverity(diagnostic.severity),
    message: diagnostic.message,
    line: diagnostic.line,
    column: diagnostic.column,
    endLine: diagnostic.endLine,
    endColumn: diagnostic.endColumn,
    messageId: diagnostic.messageId,
    ...(fix ? { fix } : {}),
    ...(diagnostic.expected.length > 0
      ? { suggestions: diagnostic.expected.map((text) => ({ desc: describeReplacement(diagnostic.actual, text), fix: { range, text } })) }
      : {}),
  };
}

function describeReplacement(actual: string, text: string): string {
  return text === '' ? `Delete \`${actual}\`` : `Replace \`${actual}\` with \`${text}\``;
}
