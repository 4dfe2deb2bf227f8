import { CodeActionKind, type CodeAction, type CodeActionParams, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../engine/types.js';
import { fixSpanOf } from '../fix/fix-span.js';
import { matchLineEndings } from '../fix/match-line-endings.js';
import { disableForFile, disableForLine, type Insertion } from './directive-edits.js';
import type { LintedDocument } from './document-linter.js';
import { rangeOf, toLspDiagnostic } from './to-lsp-diagnostic.js';

/** The kind of the "fix all safe problems" action, for `editor.codeActionsOnSave` and friends. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.newslint`;

/**
 * The actions for a range: a quick fix per replacement of each diagnostic there, "disable for this line"
 * and "disable in this file" per rule, and "fix all safe problems" when the document has any.
 * `fixAllEdits` is only called when that last action is wanted.
 */
export async function codeActionsFor(
  linted: LintedDocument,
  document: TextDocument,
  params: Pick<CodeActionParams, 'range' | 'context'>,
  fixAllEdits: () => Promise<TextEdit[]>,
): Promise<CodeAction[]> {
  const wants = (kind: string) => !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [linted.uri]: edits } });
  const fixRangeOf = (diagnostic: Diagnostic): Range => {
    const { offset, endOffset } = fixSpanOf(diagnostic);
    return { start: document.positionAt(offset + linted.bomShift), end: document.positionAt(endOffset + linted.bomShift) };
  };
  const insert = ({ offset, text }: Insertion): TextEdit => {
    const at = document.positionAt(offset + linted.bomShift);
    return { range: { start: at, end: at }, newText: text };
  };

  if (wants(CodeActionKind.QuickFix)) {
    const here = linted.diagnostics.filter((diagnostic) => touches(diagnostic, params.range, linted.bomShift));
    for (const diagnostic of here) {
      const shown = toLspDiagnostic(diagnostic, linted.bomShift);
      diagnostic.expected.forEach((replacement, i) => {
        actions.push({
          title: replacementTitle(diagnostic, replacement),
          kind: CodeActionKind.QuickFix,
          diagnostics: [shown],
          isPreferred: i === 0 && diagnostic.safe,
          edit: edit([{ range: fixRangeOf(diagnostic), newText: matchLineEndings(replacement, linted.text) }]),
        });
      });
    }
    const source = linted.text.slice(linted.bomShift);
    for (const diagnostic of firstPerRule(here)) {
      const shown = toLspDiagnostic(diagnostic, linted.bomShift);
      actions.push({
        title: `Disable ${diagnostic.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [shown],
        edit: edit([insert(disableForLine(source, linted.format, diagnostic.offset, diagnostic.ruleId))]),
      });
      actions.push({
        title: `Disable ${diagnostic.ruleId} in this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [shown],
        edit: edit([insert(disableForFile(source, linted.format, diagnostic.ruleId))]),
      });
    }
  }

  if (wants(FIX_ALL_KIND) && linted.diagnostics.some((diagnostic) => diagnostic.safe)) {
    actions.push({ title: 'Fix all safe newslint problems', kind: FIX_ALL_KIND, edit: edit(await fixAllEdits()) });
  }
  return actions;
}

function replacementTitle(diagnostic: Diagnostic, replacement: string): string {
  if (replacement === '') return `Remove \`${diagnostic.actual}\``;
  if (diagnostic.actual === '') return `Insert \`${replacement}\``;
  return `Replace \`${diagnostic.actual}\` with \`${replacement}\``;
}

/** Whether a diagnostic's range meets the requested one (a cursor at either end of a word counts). */
function touches(diagnostic: Diagnostic, range: Range, bomShift: 0 | 1): boolean {
  const { start, end } = rangeOf(diagnostic, bomShift);
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(start, range.end) && before(range.start, end);
}

function firstPerRule(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => !seen.has(diagnostic.ruleId) && seen.add(diagnostic.ruleId));
}
