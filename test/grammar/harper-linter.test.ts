import { describe, expect, it } from 'vitest';
import { lintWithHarper } from '../../src/grammar/harper-linter.js';
import { HARPER_DEFAULTS, NEWS_SELECTION } from '../../src/grammar/harper-selection.js';
import { toUtf16Span } from '../../src/grammar/harper-span.js';

// Loading the 16 MB WebAssembly module and building a linter's dictionaries take seconds on a busy machine.
describe('lintWithHarper', { timeout: 60_000 }, () => {
  it('reports UTF-16 offsets after an emoji, an astral letter and a CRLF', async () => {
    const text = 'Launch day 🚀 for 𝒳 Corp went well.\r\nShe have a plan for the city.';
    const findings = await lintWithHarper(text);
    const at = text.indexOf('have');
    expect(findings).toContainEqual(
      expect.objectContaining({ lintKind: 'Agreement', start: at, end: at + 'have'.length, suggestions: ['has'] }),
    );
  });

  it('finds a clear agreement error and offers the fix', async () => {
    const text = "The mayor said she don't expect the bridge to reopen.";
    const [finding] = await lintWithHarper(text);
    expect(finding).toMatchObject({ lintKind: 'Agreement', suggestions: ["doesn't"] });
    expect(text.slice(finding.start, finding.end)).toBe("don't");
  });

  it('reads curly apostrophes and answers in them', async () => {
    const text = 'The mayor said she don\u2019t expect the bridge to reopen.';
    const [finding] = await lintWithHarper(text);
    expect(finding).toMatchObject({ lintKind: 'Agreement', suggestions: ['doesn\u2019t'] });
    expect(text.slice(finding.start, finding.end)).toBe('don\u2019t');
  });

  it('leaves the Oxford comma alone by default, though Harper itself asks for one', async () => {
    const text = 'The minister visited Paris, Berlin and Rome.';
    expect(await lintWithHarper(text)).toEqual([]);
    const harperAlone = await lintWithHarper(text, HARPER_DEFAULTS);
    expect(harperAlone.map((f) => f.ruleName)).toEqual(['OxfordComma']);
    expect(harperAlone[0].suggestions).toEqual(['Berlin,']);
  });

  it('does not spell-check names', async () => {
    const text = 'Zbigniew Wlodarczyk joined Kowalczukowa Holdings in Szczebrzeszyn.';
    expect(await lintWithHarper(text)).toEqual([]);
    expect((await lintWithHarper(text, HARPER_DEFAULTS)).some((f) => f.lintKind === 'Spelling')).toBe(true);
  });

  it('turns a remove suggestion into an empty replacement', async () => {
    const text = 'Sales rose in March , the firm said.';
    const [finding] = await lintWithHarper(text);
    expect(finding).toMatchObject({ lintKind: 'Punctuation', suggestions: [''] });
    const fixed = text.slice(0, finding.start) + finding.suggestions[0] + text.slice(finding.end);
    expect(fixed).toBe('Sales rose in March, the firm said.');
  });

  it('hands out copies, so editing findings does not change the next answer', async () => {
    const text = "The mayor said she don't expect the bridge to reopen.";
    const first = await lintWithHarper(text);
    first[0]!.suggestions.push('mangled');
    first[0]!.start = -1;
    const second = await lintWithHarper(text);
    expect(second[0]).toMatchObject({ start: text.indexOf("don't"), suggestions: ["doesn't"] });
  });

  it('runs only the lints an allow-list names', async () => {
    const text = "The mayor said she don't expect the bridge to reopen, though the the plan is old.";
    const selection = { ...HARPER_DEFAULTS, lints: { RepeatedWords: true }, others: 'off' as const };
    expect((await lintWithHarper(text, selection)).map((f) => f.ruleName)).toEqual(['RepeatedWords']);
    expect((await lintWithHarper(text, HARPER_DEFAULTS)).map((f) => f.ruleName)).toContain('PronounVerbAgreement');
  });

  it('keeps overlapping findings of several lints when asked to', async () => {
    // TheirToThere and TheirToTheyre both flag the first word; Harper keeps one of them.
    const text = 'Their is no plan for the site.';
    const names = async (keepOverlaps: boolean) => (await lintWithHarper(text, { ...HARPER_DEFAULTS, keepOverlaps })).map((f) => f.ruleName);
    expect(await names(true)).toEqual(expect.arrayContaining(['TheirToThere', 'TheirToTheyre']));
    expect((await names(false)).filter((name) => name.startsWith('TheirTo'))).toHaveLength(1);
  });

  it('names an unknown Harper lint in a one-line error', async () => {
    const selection = { ...NEWS_SELECTION, lints: { NoSuchLint: false } };
    await expect(lintWithHarper('A sentence.', selection)).rejects.toThrow('harper.js has no lint named "NoSuchLint"');
  });
});

describe('toUtf16Span', () => {
  const text = 'Tea 🍵 and 𝒳 then errror here.';
  const at = text.indexOf('errror');

  it('keeps a span that is already in UTF-16 units', () => {
    expect(toUtf16Span(text, at, at + 6, 'errror')).toEqual({ start: at, end: at + 6 });
  });

  it('converts a span counted in code points', () => {
    const codePoints = Array.from(text.slice(0, at)).length;
    expect(codePoints).toBe(at - 2);
    expect(toUtf16Span(text, codePoints, codePoints + 6, 'errror')).toEqual({ start: at, end: at + 6 });
  });
});
