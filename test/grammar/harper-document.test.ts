import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../src/engine/lint.js';
import { harperFindings } from '../../src/grammar/harper-document.js';

// Counts calls into harper.js while keeping its real behaviour.
const calls = vi.hoisted(() => [] as string[]);
vi.mock('../../src/grammar/harper-linter.js', async (original) => {
  const real = await original<typeof import('../../src/grammar/harper-linter.js')>();
  return {
    ...real,
    lintWithHarper: (...args: Parameters<typeof real.lintWithHarper>) => {
      calls.push(args[0]);
      return real.lintWithHarper(...args);
    },
  };
});

describe('harperFindings', { timeout: 60_000 }, () => {
  it('lints each body paragraph once per document, however often it is asked', async () => {
    calls.length = 0;
    const document = parseDocument('Council sets budget\n\nThe council had became the landlord.\n\nShe don’t agree.', { format: 'text' });
    const [first, second] = await Promise.all([harperFindings(document), harperFindings(document)]);
    expect(second).toBe(first);
    expect(calls).toEqual(['The council had became the landlord.', 'She don’t agree.']);
  });

  it('gives offsets into the source, through markup', async () => {
    const source = '# Rates\n\nThe *council* had became the landlord.';
    const [finding] = await harperFindings(parseDocument(source, { format: 'markdown' }));
    expect(source.slice(finding!.start, finding!.end)).toBe('became');
  });

  it('drops a past tense Harper reads as a present after "he"', async () => {
    const findings = await harperFindings(parseDocument('He beat the champion, and she don’t care.', { format: 'text' }));
    expect(findings.map((finding) => finding.ruleName)).toEqual(['PronounVerbAgreement']);
    expect(findings[0]!.suggestions).toEqual(['doesn’t']);
  });
});
