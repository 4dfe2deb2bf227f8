import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { Diagnostic } from '../engine/types.js';
import type { LintedDocument } from './document-linter.js';
import { rangeOf } from './to-lsp-diagnostic.js';

/** Hover text for the diagnostics under `position`: each rule's description and a link to its doc. */
export function hoverAt(linted: LintedDocument, position: Position): Hover | undefined {
  const here = linted.diagnostics.filter((diagnostic) => contains(diagnostic, position, linted.bomShift));
  const rules = [...new Map(here.map((diagnostic) => [diagnostic.ruleId, diagnostic])).values()];
  if (rules.length === 0) return undefined;
  const sections = rules.map((diagnostic) => {
    const description = linted.config?.rules.get(diagnostic.ruleId)?.rule.meta.description;
    const lines = [`**${diagnostic.ruleId}**${description ? `: ${description}` : ''}`];
    if (diagnostic.url) lines.push(`[Rule documentation](${diagnostic.url})`);
    return lines.join('\n\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: rangeOf(rules[0], linted.bomShift) };
}

function contains(diagnostic: Diagnostic, position: Position, bomShift: 0 | 1): boolean {
  const { start, end } = rangeOf(diagnostic, bomShift);
  const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, start) && after(end, position);
}
