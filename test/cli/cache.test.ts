import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, newslint, workspace, writeFile } from './cli-harness.js';

const cacheLine = (run: { stderr: string }) => run.stderr.match(/cache (\d+) hits, (\d+) misses/)?.slice(1).map(Number);
const project = () => workspace({ 'news/harbour.txt': article('harbour.txt'), 'news/library.md': article('library.md'), 'news/ferry.html': article('ferry.html') });

describe('--cache', () => {
  it('reuses results for unchanged files and gives the same report', () => {
    const folder = project();
    const cold = newslint(['news', '--cache', '--debug', '--format', 'json'], { cwd: folder });
    expect(cacheLine(cold)).toEqual([0, 3]);
    expect(existsSync(join(folder, '.newslintcache'))).toBe(true);
    const warm = newslint(['news', '--cache', '--debug', '--format', 'json'], { cwd: folder });
    expect(cacheLine(warm)).toEqual([3, 0]);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.code).toBe(cold.code);
  });

  it('relints a file whose content changed', () => {
    const folder = project();
    newslint(['news', '--cache'], { cwd: folder });
    writeFile(folder, 'news/library.md', `${article('library.md')}\nThe council will utilise the old hall.\n`);
    const run = newslint(['news', '--cache', '--debug', '--format', 'unix'], { cwd: folder });
    expect(cacheLine(run)).toEqual([2, 1]);
    expect(run.stdout).toContain('library.md:7:18: Unexpected `utilise`');
  });

  it('is invalidated by a config change, including --rule', () => {
    const folder = project();
    newslint(['news', '--cache'], { cwd: folder });
    expect(cacheLine(newslint(['news', '--cache', '--debug', '--rule', 'testkit/year:off'], { cwd: folder }))).toEqual([0, 3]);
    writeFile(folder, '.textlintrc.json', '{ "plugins": ["testkit"], "rules": { "testkit/hedge": true } }');
    const run = newslint(['news', '--cache', '--debug', '--format', 'unix'], { cwd: folder });
    expect(cacheLine(run)).toEqual([0, 3]);
    expect(run.stdout).not.toContain('flag-word');
  });

  it('is invalidated by a different newslint version', () => {
    const folder = project();
    newslint(['news', '--cache'], { cwd: folder });
    const path = join(folder, '.newslintcache');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...data, version: '0.0.0-older' }));
    expect(cacheLine(newslint(['news', '--cache', '--debug'], { cwd: folder }))).toEqual([0, 3]);
  });

  it('starts over from a corrupt cache file', () => {
    const folder = project();
    writeFile(folder, '.newslintcache', '{"format": 1, "files": {');
    const run = newslint(['news', '--cache', '--debug'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(cacheLine(run)).toEqual([0, 3]);
    expect(() => JSON.parse(readFileSync(join(folder, '.newslintcache'), 'utf8'))).not.toThrow();
  });

  it('--cache-location takes a file or a folder, and implies --cache', () => {
    const folder = project();
    newslint(['news', '--cache-location', 'tmp/lint-cache.json'], { cwd: folder });
    expect(existsSync(join(folder, 'tmp/lint-cache.json'))).toBe(true);
    expect(cacheLine(newslint(['news', '--cache-location', 'tmp/lint-cache.json', '--debug'], { cwd: folder }))).toEqual([3, 0]);
    newslint(['news', '--cache-location', 'build/'], { cwd: folder });
    expect(existsSync(join(folder, 'build/.newslintcache'))).toBe(true);
    expect(existsSync(join(folder, '.newslintcache'))).toBe(false);
  });

  it('keeps entries for files outside this run', () => {
    const folder = project();
    newslint(['news', '--cache'], { cwd: folder });
    newslint(['news/library.md', '--cache'], { cwd: folder });
    expect(cacheLine(newslint(['news', '--cache', '--debug'], { cwd: folder }))).toEqual([3, 0]);
  });
});
