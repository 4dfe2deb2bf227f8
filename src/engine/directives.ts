import type { SourceFormat } from '../model/document.js';
import { MARKUP_DIRECTIVE, TEXT_DIRECTIVE } from '../parse/directive-pattern.js';
import type { Diagnostic } from './types.js';

type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/** One inline control comment: which rules (none listed means all) and from which line. */
export interface Directive {
  kind: DirectiveKind;
  ruleIds: string[];
  line: number;
}

/** Reads every `newslint-disable` / `enable` / `disable-line` / `disable-next-line` in the source. */
export function findDirectives(source: string, format: SourceFormat, lineOf: (offset: number) => number): Directive[] {
  const pattern = format === 'text' ? TEXT_DIRECTIVE : MARKUP_DIRECTIVE;
  return [...source.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => ({
    kind: match[1] as DirectiveKind,
    ruleIds: match[2].replace(/--.*$/s, '').split(/[\s,]+/).filter(Boolean),
    line: lineOf(match.index),
  }));
}

/** Whether a diagnostic is switched off by the directives above or on its line. */
export function isSuppressed(diagnostic: Diagnostic, directives: Directive[]): boolean {
  const applies = (directive: Directive) => directive.ruleIds.length === 0 || directive.ruleIds.includes(diagnostic.ruleId);
  let disabled = false;
  for (const directive of directives) {
    if (!applies(directive)) continue;
    if (directive.kind === 'disable-line' && directive.line === diagnostic.line) return true;
    if (directive.kind === 'disable-next-line' && directive.line + 1 === diagnostic.line) return true;
    if (directive.line > diagnostic.line) continue;
    if (directive.kind === 'disable') disabled = true;
    if (directive.kind === 'enable') disabled = false;
  }
  return disabled;
}
