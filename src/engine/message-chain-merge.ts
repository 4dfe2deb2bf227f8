import type { Diagnostic } from './types.js';

/**
 * Drops a diagnostic of a second-opinion rule (RuleMeta.secondOpinion, the Harper rules) when another
 * rule's fix overlaps it and makes the same text of it: the writer sees one slip once, from the rule
 * newslint owns and documents. "is expected grow" is one slip whether the fix is "to grow" on "grow"
 * or "expected to grow" on both words.
 */
export function mergeSecondOpinions(diagnostics: Diagnostic[], secondOpinions: ReadonlySet<string>, source: string): Diagnostic[] {
  if (secondOpinions.size === 0) return diagnostics;
  const firstHand = diagnostics.filter((diagnostic) => !secondOpinions.has(diagnostic.ruleId) && diagnostic.expected.length > 0);
  return diagnostics.filter((diagnostic) => {
    // Without a replacement there is no fix to compare, and the diagnostic may say what the other does not.
    if (!secondOpinions.has(diagnostic.ruleId) || diagnostic.expected.length === 0) return true;
    return !firstHand.some((other) => sameFix(diagnostic, other, source));
  });
}

function sameFix(a: Diagnostic, b: Diagnostic, source: string): boolean {
  const spanA = fixSpan(a);
  const spanB = fixSpan(b);
  if (spanA.offset > spanB.endOffset || spanB.offset > spanA.endOffset) return false;
  const start = Math.min(spanA.offset, spanB.offset);
  const end = Math.max(spanA.endOffset, spanB.endOffset);
  const fixed = (span: { offset: number; endOffset: number }, replacement: string) =>
    source.slice(start, span.offset) + replacement + source.slice(span.endOffset, end);
  return fixed(spanA, a.expected[0]!) === fixed(spanB, b.expected[0]!);
}

function fixSpan(diagnostic: Diagnostic): { offset: number; endOffset: number } {
  return diagnostic.fix ?? { offset: diagnostic.offset, endOffset: diagnostic.endOffset };
}
