import { dominantLineEnding } from '../fix/match-line-endings.js';
import type { SourceFormat } from '../model/document.js';
import { MARKUP_DIRECTIVE, TEXT_DIRECTIVE } from '../parse/directive-pattern.js';

/** Text to insert at an offset of the source. */
export interface Insertion {
  offset: number;
  text: string;
}

type Kind = 'disable' | 'disable-line' | 'disable-next-line';

/**
 * The insertion that switches `ruleId` off on the line where `offset` sits. Plain text takes a directive
 * line above it; Markdown and HTML take an inline comment on the line itself, so a paragraph is never split.
 */
export function disableForLine(source: string, format: SourceFormat, offset: number, ruleId: string): Insertion {
  const start = lineStartOf(source, offset);
  const end = lineEndOf(source, offset);
  if (format === 'text') {
    if (start > 0) {
      const previousEnd = start - (source.slice(start - 2, start) === '\r\n' ? 2 : 1);
      const previousStart = lineStartOf(source, previousEnd);
      const extended = extendDirective(source.slice(previousStart, previousEnd), previousStart, format, 'disable-next-line', ruleId);
      if (extended) return extended;
    }
    const indent = /^[ \t]*/.exec(source.slice(start, end))![0];
    return { offset: start, text: `${indent}newslint-disable-next-line ${ruleId}${dominantLineEnding(source)}` };
  }
  const line = source.slice(start, end);
  const extended = extendDirective(line, start, format, 'disable-line', ruleId);
  if (extended) return extended;
  const comment = `<!-- newslint-disable-line ${ruleId} -->`;
  const tail = source.slice(offset, end);
  if (format === 'html' && tail.lastIndexOf('<') > tail.lastIndexOf('>')) {
    // The line ends inside a tag: put the comment just before the flagged text instead.
    return { offset, text: comment };
  }
  // Before a Markdown hard break (two trailing spaces or a backslash), which must stay last on the line.
  const kept = /(?:\\|[ \t]+)$/.exec(line)?.[0].length ?? 0;
  const at = start + line.length - kept;
  return { offset: at, text: `${/\s/.test(source[at - 1] ?? ' ') ? '' : ' '}${comment}` };
}

/**
 * The insertion that switches `ruleId` off for the whole file: a directive at the top, after any
 * Markdown front matter or HTML doctype, or the rule added to a directive already there.
 */
export function disableForFile(source: string, format: SourceFormat, ruleId: string): Insertion {
  const offset = topOf(source, format);
  const firstLine = source.slice(offset, lineEndOf(source, offset));
  const extended = extendDirective(firstLine, offset, format, 'disable', ruleId);
  if (extended) return extended;
  const directive = format === 'text' ? `newslint-disable ${ruleId}` : `<!-- newslint-disable ${ruleId} -->`;
  return { offset, text: `${directive}${dominantLineEnding(source)}` };
}

/** Where a file-wide directive goes: after front matter (Markdown) or the doctype (HTML), else the start. */
function topOf(source: string, format: SourceFormat): number {
  const pattern =
    format === 'markdown' ? /^(?:---\r?\n[^]*?\r?\n---|\+\+\+\r?\n[^]*?\r?\n\+\+\+)[ \t]*(?:\r\n|\n|\r)/ : format === 'html' ? /^\s*<!doctype[^>]*>[ \t]*(?:\r\n|\n|\r)?/i : undefined;
  return pattern?.exec(source)?.[0].length ?? 0;
}

/** When `line` (at `lineOffset`) holds a directive of `kind` naming some rules, the insertion adding `ruleId` to it. */
function extendDirective(line: string, lineOffset: number, format: SourceFormat, kind: Kind, ruleId: string): Insertion | undefined {
  const pattern = format === 'text' ? TEXT_DIRECTIVE : MARKUP_DIRECTIVE;
  for (const match of line.matchAll(new RegExp(pattern.source, pattern.flags))) {
    if (match[1] !== kind) continue;
    // A `-- reason` may follow the rule list; the new id goes before it.
    const list = match[2].replace(/--[^]*$/, '').trimEnd();
    const ids = list.split(/[\s,]+/).filter(Boolean);
    // No ids means every rule: adding one would narrow it.
    if (ids.length === 0 || ids.includes(ruleId)) continue;
    const listStart = match.index + match[0].length - match[2].length - (format === 'text' ? 0 : '-->'.length);
    const listEnd = listStart + list.length;
    return { offset: lineOffset + listEnd, text: `${list.includes(',') ? ',' : ''} ${ruleId}` };
  }
  return undefined;
}

function lineStartOf(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && source[i - 1] !== '\n' && source[i - 1] !== '\r') i--;
  return i;
}

function lineEndOf(source: string, offset: number): number {
  let i = offset;
  while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
  return i;
}
