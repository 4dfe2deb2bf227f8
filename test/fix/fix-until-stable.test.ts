import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/types.js';
import { fixUntilStable, type LintText } from '../../src/fix/index.js';

/** A stand-in linter: every regex match becomes a safe fix to `replacement`. */
function replacing(rules: Array<[RegExp, string]>): LintText & { calls: string[] } {
  const calls: string[] = [];
  const lintText = async (text: string): Promise<Diagnostic[]> => {
    calls.push(text);
    return rules.flatMap(([pattern, replacement]) =>
      [...text.matchAll(new RegExp(pattern.source, 'g'))].map((match) => ({
        ruleId: pattern.source, source: 'test', kind: 'style' as const, severity: 'warning' as const, messageId: 'm', message: 'm',
        line: 1, column: 1, endLine: 1, endColumn: 1, offset: match.index, endOffset: match.index + match[0].length,
        actual: match[0], expected: [replacement], safe: true,
      })),
    );
  };
  return Object.assign(lintText, { calls });
}

describe('fixUntilStable', () => {
  it('takes a fix left out for overlapping on a later pass', async () => {
    // `colour` → `color` overlaps `the colour` → `the hue`: pass 1 takes the outer one, pass 2 finds `teh`.
    const lintText = replacing([[/colour/, 'color'], [/the colour/, 'the hue'], [/teh/, 'the']]);
    const result = await fixUntilStable('See the colour of teh sea', lintText);
    expect(result.output).toBe('See the hue of the sea');
    expect(result).toMatchObject({ stable: true, fixCount: 2, passes: 1, diagnostics: [] });
  });

  it('reports what is left after fixing', async () => {
    // A replacement equal to the text changes nothing, so it stays a finding.
    const result = await fixUntilStable('teh end', replacing([[/teh/, 'the'], [/end/, 'end']]));
    expect(result.output).toBe('the end');
    expect(result.diagnostics.map((diagnostic) => diagnostic.actual)).toEqual(['end']);
  });

  it('stops after at most 10 fixing passes', async () => {
    const lintText = replacing([[/a$/, 'aa']]);
    const result = await fixUntilStable('a', lintText);
    expect(result.passes).toBe(10);
    expect(result.output).toBe('a'.repeat(11));
    expect(result.stable).toBe(false);
    expect(lintText.calls).toHaveLength(11);
  });

  it('honours a smaller pass limit', async () => {
    expect((await fixUntilStable('a', replacing([[/a$/, 'aa']]), 3)).output).toBe('aaaa');
  });

  it('stops when fixes go round in a circle', async () => {
    const result = await fixUntilStable('left', replacing([[/left/, 'right'], [/right/, 'left']]));
    expect(result).toMatchObject({ output: 'right', stable: false, passes: 1 });
  });

  it('keeps a BOM out of the linted text and puts it back', async () => {
    const lintText = replacing([[/teh/, 'the']]);
    const result = await fixUntilStable('\uFEFFteh end', lintText);
    expect(result.output).toBe('\uFEFFthe end');
    expect(lintText.calls.every((text) => !text.startsWith('\uFEFF'))).toBe(true);
  });
});
