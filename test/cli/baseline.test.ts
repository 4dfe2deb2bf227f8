import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintDiagnostics } from '../../src/baseline/fingerprint.js';
import type { Diagnostic } from '../../src/engine/types.js';
import { article, findings, newslint, workspace, writeFile } from './cli-harness.js';

const story = article('harbour.txt');

describe('--write-baseline', () => {
  it('records every finding, stable-sorted with relative paths, and then passes', () => {
    const folder = workspace({ 'news/harbour.txt': story, 'news/library.md': article('library.md') });
    const run = newslint(['news', '--write-baseline', 'newslint-baseline.json'], { cwd: folder });
    expect(run).toMatchObject({ code: 0, stdout: 'No new problems (3 in the baseline)\n', stderr: 'newslint: wrote 3 findings in 1 file to newslint-baseline.json\n' });
    const baseline = JSON.parse(readFileSync(join(folder, 'newslint-baseline.json'), 'utf8'));
    expect(baseline.version).toBe(1);
    expect(Object.keys(baseline.files)).toEqual(['news/harbour.txt']);
    expect(baseline.files['news/harbour.txt'].map((entry: { ruleId: string; count: number; text: string }) => [entry.ruleId, entry.count, entry.text])).toEqual([
      ['testkit/flag-word', 1, 'utilise'],
      ['testkit/hedge', 1, 'reportedly'],
      ['testkit/year', 1, '2026'],
    ]);
    // Writing twice gives the same bytes, so the baseline diffs cleanly in review.
    const first = readFileSync(join(folder, 'newslint-baseline.json'), 'utf8');
    newslint(['news', '--write-baseline', 'newslint-baseline.json'], { cwd: folder });
    expect(readFileSync(join(folder, 'newslint-baseline.json'), 'utf8')).toBe(first);
  });
});

describe('--baseline', () => {
  it('passes on known findings after edits that shift lines, and fails on new ones only', () => {
    const folder = workspace({ 'news/harbour.txt': story });
    newslint(['news', '--write-baseline', 'baseline.json'], { cwd: folder });

    // New paragraphs above and between, and the known sentences re-wrapped: every line moves.
    const shifted = story
      .replace('Harbour board approves dredging plan\n', 'Harbour board approves dredging plan\n\nUpdated 14:05 with comment from the council.\n')
      .replace('voted on Tuesday to utilise', 'voted on Tuesday\nto utilise')
      .replace('\n\nThe work', '\n\nCouncillors welcomed the decision.\n\nThe work');
    writeFile(folder, 'news/harbour.txt', shifted);
    const known = newslint(['news', '--baseline', 'baseline.json', '--format', 'json'], { cwd: folder });
    expect(known.code).toBe(0);
    expect(findings(known)).toEqual([]);

    writeFile(folder, 'news/harbour.txt', `${shifted}\nEngineers will utilise two barges.\n`);
    const added = newslint(['news', '--baseline', 'baseline.json', '--format', 'json'], { cwd: folder });
    expect(added.code).toBe(1);
    expect(findings(added)).toEqual(['testkit/flag-word@14:16']);
  });

  it('reports a known finding again when its own wording changes', () => {
    const folder = workspace({ 'a.txt': 'Crews will reportedly start on Monday.\n' });
    newslint(['a.txt', '--write-baseline', 'b.json'], { cwd: folder });
    writeFile(folder, 'a.txt', 'Crews will reportedly begin on Monday.\n');
    expect(findings(newslint(['a.txt', '--baseline', 'b.json', '--format', 'json'], { cwd: folder }))).toEqual(['testkit/hedge@1:12']);
  });

  it('counts duplicates: one more copy of a known finding is reported once', () => {
    const line = 'Crews will utilise the dock.\n\n';
    const folder = workspace({ 'a.txt': line.repeat(2) });
    newslint(['a.txt', '--write-baseline', 'b.json'], { cwd: folder });
    expect(JSON.parse(readFileSync(join(folder, 'b.json'), 'utf8')).files['a.txt'][0].count).toBe(2);
    writeFile(folder, 'a.txt', line.repeat(3));
    expect(findings(newslint(['a.txt', '--baseline', 'b.json', '--format', 'json'], { cwd: folder }))).toHaveLength(1);
    writeFile(folder, 'a.txt', line);
    expect(newslint(['a.txt', '--baseline', 'b.json'], { cwd: folder }).code).toBe(0);
  });

  it('matches files by path relative to the baseline, from any working folder', () => {
    const folder = workspace({ 'site/news/a.txt': 'They will utilise it.\n' });
    newslint(['site/news', '--write-baseline', 'site/b.json'], { cwd: folder });
    expect(Object.keys(JSON.parse(readFileSync(join(folder, 'site/b.json'), 'utf8')).files)).toEqual(['news/a.txt']);
    expect(newslint(['news', '--baseline', 'b.json'], { cwd: join(folder, 'site') }).code).toBe(0);
  });

  it('says how many findings the baseline hid', () => {
    const folder = workspace({ 'a.txt': 'They will utilise it.\n' });
    newslint(['a.txt', '--write-baseline', 'b.json'], { cwd: folder });
    writeFile(folder, 'a.txt', 'They will utilise it.\n\nThey reportedly agreed.\n');
    const run = newslint(['a.txt', '--baseline', 'b.json'], { cwd: folder });
    expect(run.stdout).toContain('\u2716 1 problem (0 errors, 1 warning) and 1 in the baseline');
  });

  it('fails with 2 and one line for a missing, broken or outdated baseline', () => {
    const folder = workspace({ 'a.txt': 'They will utilise it.\n', 'broken.json': '{ "version": 1, ', 'old.json': '{ "version": 0, "files": {} }' });
    expect(newslint(['a.txt', '--baseline', 'none.json'], { cwd: folder })).toMatchObject({ code: 2, stdout: '' });
    expect(newslint(['a.txt', '--baseline', 'none.json'], { cwd: folder }).stderr).toMatch(/^newslint: .*none\.json: cannot read the baseline \(ENOENT\)\n$/);
    expect(newslint(['a.txt', '--baseline', 'broken.json'], { cwd: folder }).stderr).toMatch(/broken\.json: the baseline is not valid JSON/);
    expect(newslint(['a.txt', '--baseline', 'old.json'], { cwd: folder }).stderr).toMatch(/old\.json: unsupported baseline version `0`/);
  });

  it('cannot be combined with --write-baseline', () => {
    expect(newslint(['--baseline', 'a.json', '--write-baseline', 'b.json'], { cwd: workspace() }).code).toBe(2);
  });
});

describe('content fingerprints', () => {
  const diagnostic = (source: string, actual: string, from = 0): Diagnostic => {
    const offset = source.indexOf(actual, from);
    return { ruleId: 'r', source: 'newslint', kind: 'usage', severity: 'error', messageId: 'm', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1, offset, endOffset: offset + actual.length, actual, expected: [], safe: false };
  };
  const fingerprint = (source: string, actual: string, from = 0) => fingerprintDiagnostics(source, [diagnostic(source, actual, from)])[0].fingerprint;

  it('ignore case, wrapping, curly quotes and markup around the words', () => {
    const plain = fingerprint('The board said it would utilise the fund "soon".', 'utilise');
    expect(fingerprint('The Board said it\nwould utilise the fund \u201Csoon\u201D.', 'utilise')).toBe(plain);
    expect(fingerprint('<p>The board said it <em>would</em> utilise the fund "soon".</p>', 'utilise')).toBe(plain);
  });

  it('change with the surrounding words and stop at paragraph breaks', () => {
    const base = fingerprint('The board said it would utilise the fund soon.', 'utilise');
    expect(fingerprint('The board said it might utilise the fund soon.', 'utilise')).not.toBe(base);
    expect(fingerprint('Unrelated text.\n\nutilise the fund soon.', 'utilise')).toBe(fingerprint('Other words.\n\nutilise the fund soon.', 'utilise'));
  });

  it('number duplicates in order', () => {
    const source = 'We utilise it.\n\nWe utilise it.';
    const [first, second] = fingerprintDiagnostics(source, [diagnostic(source, 'utilise'), diagnostic(source, 'utilise', 5)]);
    expect(first.fingerprint).toBe(second.fingerprint);
    expect([first.occurrence, second.occurrence]).toEqual([0, 1]);
  });
});
