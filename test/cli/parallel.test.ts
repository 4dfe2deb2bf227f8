import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, article, newslint, parseJson, workspace, writeFile } from './cli-harness.js';

/** A folder of `count` articles whose findings differ per file, so a mix-up would show. */
function archive(count: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const name = `news/story-${String(i).padStart(3, '0')}.txt`;
    files[name] = `${article('harbour.txt')}\n${'Officials will utilise the plan. '.repeat(i % 4)}\n`;
  }
  return workspace(files);
}

describe('parallel linting', () => {
  it('gives the same report in the same order on workers as on the main thread', () => {
    const folder = archive(20);
    const serial = newslint(['news', '--format', 'json', '--concurrency', 'off', '--debug'], { cwd: folder });
    const pooled = newslint(['news', '--format', 'json', '--concurrency', '2', '--debug'], { cwd: folder });
    expect(serial.stderr).toMatch(/; main thread;/);
    expect(pooled.stderr).toMatch(/; 2 workers;/);
    expect(pooled.stdout).toBe(serial.stdout);
    const counts = parseJson(pooled).map((result) => result.errorCount);
    expect(counts.slice(0, 4)).toEqual([1, 2, 3, 4]);
  });

  it('uses workers by default for many files and the main thread for a few', () => {
    expect(newslint(['news', '--debug'], { cwd: archive(3) }).stderr).toMatch(/; main thread;/);
    expect(newslint(['news', '--debug'], { cwd: archive(12) }).stderr).toMatch(/; \d+ workers?;/);
  });

  it('a worker that dies fails only the file it was linting, and the run ends with 2', () => {
    const folder = archive(12);
    writeFile(folder, 'news/story-005.txt', 'EXIT-WORKER-NOW\n');
    const run = newslint(['news', '--format', 'json', '--concurrency', '2'], { cwd: folder });
    expect(run.code).toBe(2);
    const names = parseJson(run).map((result) => result.filePath.replace(/^.*\//, ''));
    expect(names).toHaveLength(11);
    expect(names).not.toContain('story-005.txt');
    expect(run.stderr).toBe('newslint: news/story-005.txt: the worker linting this file crashed (exit code 7)\n');
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('on a terminal (via script(1))', () => {
  /** Run the CLI with stdout and stderr on a pseudo-terminal; returns everything it printed. */
  const onTerminal = (folder: string, args: string, env = '') =>
    spawnSync('script', ['-qec', `${env} ${process.execPath} ${BIN} ${args}`, '/dev/null'], { cwd: folder, encoding: 'utf8', env: withoutColourSettings() }).stdout;

  function withoutColourSettings(): NodeJS.ProcessEnv {
    const { NO_COLOR, FORCE_COLOR, ...env } = process.env;
    return env;
  }

  it('shows a progress bar for many files, and erases it before the report', () => {
    const output = onTerminal(archive(12), 'news --concurrency off');
    expect(output).toMatch(/\[#*-*\] \d+\/12 files/);
    expect(output).toContain('\r\u001b[2K');
  });

  it('shows no progress bar for a few files', () => {
    expect(onTerminal(archive(3), 'news')).not.toContain('files\r');
  });

  it('colours the stylish report on a terminal unless NO_COLOR is set', () => {
    const folder = workspace({ 'a.txt': article('harbour.txt') });
    expect(onTerminal(folder, 'a.txt')).toContain('\u001b[31m');
    expect(onTerminal(folder, 'a.txt', 'NO_COLOR=1')).not.toContain('\u001b[');
  });
});

describe('progress bar off a terminal', () => {
  it('never appears when stderr is a pipe', () => {
    const run = newslint(['news', '--format', 'json'], { cwd: archive(12) });
    expect(run.stderr).toBe('');
  });
});
