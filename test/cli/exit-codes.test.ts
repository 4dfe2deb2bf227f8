import { describe, expect, it } from 'vitest';
import { FIXTURES, article, newslint, workspace } from './cli-harness.js';

const clean = () => workspace({ 'story.md': article('library.md') });
const warningsOnly = () => workspace({ 'story.txt': 'The mayor reportedly resigned. The clerk reportedly stayed.\n' });

describe('exit codes', () => {
  it('0 when there are no problems', () => {
    expect(newslint(['story.md'], { cwd: clean() })).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('1 when there is an error', () => {
    expect(newslint(['story.txt'], { cwd: workspace({ 'story.txt': article('harbour.txt') }) }).code).toBe(1);
  });

  it('0 with warnings and infos only, when there is no --max-warnings', () => {
    const folder = workspace({ 'story.txt': 'The mayor reportedly resigned in 2024.\n' });
    expect(newslint(['story.txt'], { cwd: folder }).code).toBe(0);
  });

  it('--max-warnings: 0 within the limit, 1 over it with a one-line note', () => {
    expect(newslint(['story.txt', '--max-warnings', '2'], { cwd: warningsOnly() }).code).toBe(0);
    const over = newslint(['story.txt', '--max-warnings', '1'], { cwd: warningsOnly() });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('newslint: too many warnings (2; --max-warnings is 1)\n');
  });

  it('--max-warnings does not count infos', () => {
    const folder = workspace({ 'story.txt': 'Elections were held in 2019, 2021 and 2024.\n' });
    expect(newslint(['story.txt', '--max-warnings', '0'], { cwd: folder }).code).toBe(0);
  });

  it('--max-warnings rejects anything but a whole number', () => {
    const run = newslint(['story.txt', '--max-warnings', 'many'], { cwd: warningsOnly() });
    expect(run).toMatchObject({ code: 2, stderr: 'newslint: --max-warnings many: expected a whole number of 0 or more\n' });
  });

  it('--quiet hides warnings and infos but still counts warnings for --max-warnings', () => {
    const folder = workspace({ 'story.txt': article('harbour.txt') });
    const quiet = newslint(['story.txt', '--quiet', '--format', 'unix'], { cwd: folder });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('[Error/testkit/flag-word]');
    expect(quiet.stdout).not.toContain('testkit/hedge');
    expect(quiet.stdout).not.toContain('testkit/year');
    const gated = newslint(['story.txt', '--quiet', '--max-warnings', '1'], { cwd: warningsOnly() });
    expect(gated).toMatchObject({ code: 1, stdout: '' });
  });

  it('2 for a usage error: one line, no stack trace', () => {
    const run = newslint(['--cache-locatoin', 'x'], { cwd: clean() });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'newslint: unknown option --cache-locatoin (did you mean `--cache-location`?)\n' });
  });

  it('2 for contradictory options', () => {
    expect(newslint(['--config', 'a.json', '--no-config'], { cwd: clean() })).toMatchObject({ code: 2, stderr: 'newslint: --config and --no-config cannot be used together\n' });
    expect(newslint(['--rule', 'testkit/hedge'], { cwd: clean() }).stderr).toMatch(/^newslint: --rule testkit\/hedge: expected `rule-id:severity`/);
    expect(newslint(['--concurrency', 'lots'], { cwd: clean() }).code).toBe(2);
  });

  it('2 for a config error: one line naming the file, no stack trace', () => {
    const folder = workspace({ 'story.md': article('library.md'), '.textlintrc.json': '{ "plugins": ["testkit"], "rules": { "testkit/hedge": { "severity": "loud" } } }' });
    const run = newslint(['story.md'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toContain('.textlintrc.json');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('2 for an unknown --rule id, naming --rule', () => {
    const run = newslint(['story.md', '--rule', 'testkit/hedgge:error'], { cwd: clean() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^newslint: --rule: Unknown rule `testkit\/hedgge` \(did you mean `testkit\/hedge`\?\)\n$/);
  });

  it('2 for an internal error: one line without --debug, the stack trace with it', () => {
    const folder = clean();
    const plain = newslint(['story.md', '--format', `${FIXTURES}/reporter-throws.mjs`], { cwd: folder });
    expect(plain).toMatchObject({ code: 2, stderr: 'newslint: internal error: reporter exploded (run with --debug for the stack trace)\n' });
    const debug = newslint(['story.md', '--format', `${FIXTURES}/reporter-throws.mjs`, '--debug'], { cwd: folder });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toContain('newslint: internal error: reporter exploded\n');
    expect(debug.stderr).toMatch(/\n\s+at brokenReporter .*reporter-throws\.mjs/);
  });

  it('--debug prints timing, memory and where the files were linted', () => {
    const run = newslint(['story.md', '--debug'], { cwd: clean() });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^newslint: debug: 1 file; main thread; \d+ ms; cpu \d+ ms; peak RSS \d+ MB\n$/);
  });
});
