import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver/node';
import type { Diagnostic, Severity } from '../engine/types.js';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * The LSP range of a diagnostic: the CLI's 1-based line and column, made 0-based. `bomShift` is 1 when
 * the editor's text still starts with a BOM, which the engine strips before counting columns.
 */
export function rangeOf(diagnostic: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>, bomShift = 0): Range {
  return {
    start: { line: diagnostic.line - 1, character: diagnostic.column - 1 + (diagnostic.line === 1 ? bomShift : 0) },
    end: { line: diagnostic.endLine - 1, character: diagnostic.endColumn - 1 + (diagnostic.endLine === 1 ? bomShift : 0) },
  };
}

/** A newslint diagnostic as the editor shows it: rule id as `code`, doc link, same severity and place as the CLI. */
export function toLspDiagnostic(diagnostic: Diagnostic, bomShift = 0): LspDiagnostic {
  return {
    range: rangeOf(diagnostic, bomShift),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.ruleId,
    ...(diagnostic.url ? { codeDescription: { href: diagnostic.url } } : {}),
    source: 'newslint',
    message: diagnostic.message,
  };
}
