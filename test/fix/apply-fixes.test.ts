import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/types.js';
import { applyFixes } from '../../src/fix/index.js';

/** A diagnostic replacing `source[offset, endOffset)`; only the fields fixing reads matter. */
function fix(source: string, offset: number, endOffset: number, expected: string[], safe = true, ruleId = 'desk/spelling'): Diagnostic {
  return {
    ruleId, source: 'newslint-plugin-desk', kind: 'style', severity: 'warning', messageId: 'found', message: 'test',
    line: 1, column: offset + 1, endLine: 1, endColumn: endOffset + 1, offset, endOffset,
    actual: source.slice(offset, endOffset), expected, safe,
  };
}

describe('applyFixes', () => {
  const text = 'The colour of teh sky';

  it('applies every safe fix that does not overlap another', () => {
    const result = applyFixes(text, [fix(text, 4, 10, ['color']), fix(text, 14, 17, ['the'])]);
    expect(result.output).toBe('The color of the sky');
    expect(result.applied).toHaveLength(2);
  });

  it('leaves unsafe fixes and diagnostics without replacements alone', () => {
    const result = applyFixes(text, [fix(text, 4, 10, ['color'], false), fix(text, 14, 17, [])]);
    expect(result.output).toBe(text);
    expect(result.applied).toEqual([]);
  });

  it('never applies two overlapping edits: the first in the text wins, the other waits for the next pass', () => {
    const whole = fix(text, 0, 10, ['Its hue'], true, 'desk/wordiness');
    const inner = fix(text, 4, 10, ['color']);
    const result = applyFixes(text, [inner, whole]);
    expect(result.output).toBe('Its hue of teh sky');
    expect(result.applied).toEqual([whole]);
    expect(result.conflicting).toEqual([inner]);
  });

  it('replaces the fix span when a diagnostic has one, and judges overlaps on it', () => {
    const lines = 'Kept copy.\n\nShare this\n';
    // Reported on "Share this" (12–22); the deletion also takes the blank line before it (10–22).
    const chrome = { ...fix(lines, 12, 22, ['']), fix: { offset: 10, endOffset: 22 } };
    const touchingTheBreak = fix(lines, 9, 11, ['!\n']);
    const result = applyFixes(lines, [chrome, touchingTheBreak]);
    expect(result.output).toBe('Kept copy!\n\nShare this\n');
    expect(result.conflicting).toEqual([chrome]);
    expect(applyFixes(lines, [chrome]).output).toBe('Kept copy.\n');
  });

  it('gives the same output whatever order the diagnostics come in', () => {
    const fixes = [fix(text, 4, 10, ['color']), fix(text, 4, 10, ['hue']), fix(text, 14, 17, ['the']), fix(text, 0, 3, ['A'])];
    const outputs = new Set([fixes, [...fixes].reverse(), [fixes[2], fixes[0], fixes[3], fixes[1]]].map((list) => applyFixes(text, list).output));
    expect([...outputs]).toEqual(['A color of the sky']);
  });

  it('treats two insertions at the same point as overlapping, but not an insertion next to a replacement', () => {
    const result = applyFixes(text, [fix(text, 3, 3, [' bright']), fix(text, 3, 3, [' dull']), fix(text, 4, 10, ['color'])]);
    expect(result.output).toBe('The bright color of teh sky');
    expect(result.conflicting).toHaveLength(1);
  });

  it('skips a fix that would change nothing', () => {
    expect(applyFixes(text, [fix(text, 4, 10, ['colour'])]).applied).toEqual([]);
  });

  it('deletes with an empty replacement', () => {
    expect(applyFixes(text, [fix(text, 3, 10, [''])]).output).toBe('The of teh sky');
  });

  it('writes line breaks in replacements the way the file does (CRLF stays CRLF)', () => {
    const crlf = 'First line.\r\nSecond line. Third line.\r\n';
    const split = fix(crlf, 25, 26, ['\n']);
    expect(applyFixes(crlf, [split]).output).toBe('First line.\r\nSecond line.\r\nThird line.\r\n');
    const lf = crlf.replaceAll('\r\n', '\n');
    expect(applyFixes(lf, [fix(lf, 24, 25, ['\r\n'])]).output).toBe('First line.\nSecond line.\nThird line.\n');
  });
});
