import type { Diagnostic } from '../engine/types.js';
import { fixSpanOf } from './fix-span.js';
import { matchLineEndings } from './match-line-endings.js';

/** What one pass of fixing did. */
export interface AppliedFixes {
  /** The source with the fixes applied. */
  output: string;
  /** The diagnostics whose first replacement was applied, in source order. */
  applied: Diagnostic[];
  /** Safe fixes left out because they overlap one applied before them; a later pass may take them. */
  conflicting: Diagnostic[];
}

/**
 * Applies the first replacement of every safe diagnostic to `source` (the BOM-less text the offsets point
 * into). Fixes are taken in source order; one that overlaps a fix already taken is left for the next pass.
 */
export function applyFixes(source: string, diagnostics: readonly Diagnostic[]): AppliedFixes {
  const candidates = diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .filter(({ diagnostic }) => isApplicable(diagnostic, source))
    // Position, then rule and replacement: the same findings give the same output whatever order they come in.
    .sort((a, b) => compareFixes(a.diagnostic, b.diagnostic) || a.index - b.index);

  const applied: Diagnostic[] = [];
  const conflicting: Diagnostic[] = [];
  let output = '';
  let cursor = 0;
  let previous: Diagnostic | undefined;
  for (const { diagnostic } of candidates) {
    if (previous && overlaps(previous, diagnostic)) {
      conflicting.push(diagnostic);
      continue;
    }
    const span = fixSpanOf(diagnostic);
    output += source.slice(cursor, span.offset) + matchLineEndings(diagnostic.expected[0], source);
    cursor = span.endOffset;
    applied.push(diagnostic);
    previous = diagnostic;
  }
  return { output: output + source.slice(cursor), applied, conflicting };
}

function compareFixes(a: Diagnostic, b: Diagnostic): number {
  const [spanA, spanB] = [fixSpanOf(a), fixSpanOf(b)];
  return spanA.offset - spanB.offset || spanA.endOffset - spanB.endOffset || compareText(a.ruleId, b.ruleId) || compareText(a.expected[0], b.expected[0]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Safe, in range, and an actual change (a replacement equal to the text would make `--fix` loop). */
function isApplicable(diagnostic: Diagnostic, source: string): boolean {
  const { offset, endOffset } = fixSpanOf(diagnostic);
  if (!diagnostic.safe || diagnostic.expected.length === 0) return false;
  if (offset < 0 || endOffset < offset || endOffset > source.length) return false;
  return source.slice(offset, endOffset) !== diagnostic.expected[0];
}

/**
 * `next` starts at or after `previous` (sorted). They overlap when they share a character, or when both
 * insert at the same point, where which text comes first would be a guess.
 */
function overlaps(previousDiagnostic: Diagnostic, nextDiagnostic: Diagnostic): boolean {
  const [previous, next] = [fixSpanOf(previousDiagnostic), fixSpanOf(nextDiagnostic)];
  if (next.offset < previous.endOffset) return true;
  const bothInsert = previous.offset === previous.endOffset && next.offset === next.endOffset;
  return bothInsert && next.offset === previous.offset;
}
