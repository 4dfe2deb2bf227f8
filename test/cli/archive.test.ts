import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIO, LIBRARIES, MARKET, ROADS } from '../archive/riverton-stories.js';
import { newslint, parseJson, workspace, writeFile } from './cli-harness.js';

/** `file@line message` for each boilerplate-residue finding. */
function residue(run: ReturnType<typeof newslint>): string[] {
  return parseJson(run).flatMap((result) =>
    result.messages.filter((message) => message.ruleId === 'boilerplate-residue').map((message) => `${result.filePath.split('/').pop()}@${message.line} ${message.message}`),
  );
}

const ARGS = ['--no-config', '--format', 'json'];

describe('the archive of a run', () => {
  it('flags a line that two different stories of the run share, in both', () => {
    const folder = workspace({ 'news/libraries.txt': LIBRARIES, 'news/roads.txt': ROADS }, { config: false });
    expect(residue(newslint([...ARGS, 'news'], { cwd: folder }))).toEqual([
      'libraries.txt@5 Page chrome left in the copy: the line appears verbatim in 1 other story',
      'roads.txt@5 Page chrome left in the copy: the line appears verbatim in 1 other story',
    ]);
  });

  it('does not count two versions of one story as two stories', () => {
    const secondDraft = LIBRARIES.replace('next spring.', 'next spring, after an auction.');
    const folder = workspace({ 'news/libraries.txt': LIBRARIES, 'news/libraries-v2.txt': secondDraft }, { config: false });
    expect(residue(newslint([...ARGS, 'news'], { cwd: folder }))).toEqual([]);
  });

  it('does not reuse a cached result once another story changes what the file shares', () => {
    const folder = workspace({ 'news/libraries.txt': LIBRARIES, 'news/roads.txt': ROADS }, { config: false });
    expect(residue(newslint([...ARGS, '--cache', 'news'], { cwd: folder }))).toHaveLength(2);
    writeFile(folder, 'news/roads.txt', ROADS.replace(BIO, 'The office apologised for the delay.'));
    expect(residue(newslint([...ARGS, '--cache', 'news'], { cwd: folder }))).toEqual([]);
  });

  it('gives the same findings on worker threads', () => {
    const folder = workspace({ 'news/libraries.txt': LIBRARIES, 'news/roads.txt': ROADS, 'news/market.txt': MARKET }, { config: false });
    const onMain = residue(newslint([...ARGS, '--concurrency', 'off', 'news'], { cwd: folder }));
    expect(onMain).toHaveLength(3);
    expect(residue(newslint([...ARGS, '--concurrency', '2', 'news'], { cwd: folder }))).toEqual(onMain);
  });
});

describe('--archive', () => {
  it('checks a single draft against reference copy that is indexed but not linted', () => {
    const folder = workspace({ 'draft.txt': LIBRARIES, 'published/roads.txt': ROADS, 'published/market.md': MARKET }, { config: false });
    expect(residue(newslint([...ARGS, 'draft.txt'], { cwd: folder }))).toEqual([]);
    const run = newslint([...ARGS, 'draft.txt', '--archive', 'published'], { cwd: folder });
    expect(parseJson(run).map((result) => result.filePath.split('/').pop())).toEqual(['draft.txt']);
    expect(residue(run)).toEqual(['draft.txt@5 Page chrome left in the copy: the line appears verbatim in 2 other stories']);
  });

  it('lets --fix delete the recurring line from the file', () => {
    const folder = workspace({ 'draft.txt': LIBRARIES, 'published/roads.txt': ROADS, 'published/market.md': MARKET }, { config: false });
    newslint(['--no-config', '--rule', 'off-topic-paragraph:off', '--fix', 'draft.txt', '--archive', 'published'], { cwd: folder });
    expect(readFileSync(join(folder, 'draft.txt'), 'utf8')).toBe(LIBRARIES.replace(`${BIO}\n\n`, ''));
  });

  it('takes files and globs, and is repeatable', () => {
    const folder = workspace({ 'draft.txt': LIBRARIES, 'published/roads.txt': ROADS, 'published/market.md': MARKET }, { config: false });
    const run = newslint([...ARGS, 'draft.txt', '--archive', 'published/roads.txt', '--archive', 'published/*.md'], { cwd: folder });
    expect(residue(run)).toEqual(['draft.txt@5 Page chrome left in the copy: the line appears verbatim in 2 other stories']);
  });

  it('honours minStories', () => {
    const folder = workspace(
      { 'draft.txt': LIBRARIES, 'published/roads.txt': ROADS, '.textlintrc.json': JSON.stringify({ rules: { 'boilerplate-residue': { minStories: 3 } } }) },
      { config: false },
    );
    expect(residue(newslint(['--format', 'json', 'draft.txt', '--archive', 'published'], { cwd: folder }))).toEqual([]);
  });

  it('names a path that does not exist, in one line', () => {
    const folder = workspace({ 'draft.txt': LIBRARIES }, { config: false });
    expect(newslint(['--no-config', 'draft.txt', '--archive', 'published/'], { cwd: folder })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'newslint: --archive published/: no such file or folder\n',
    });
  });

  it('names an archive file that is not text, in one line', () => {
    const folder = workspace({ 'draft.txt': LIBRARIES, 'published/photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }, { config: false });
    expect(newslint(['--no-config', 'draft.txt', '--archive', 'published'], { cwd: folder })).toMatchObject({
      code: 2,
      stderr: 'newslint: --archive published/photo.txt: binary file, not text\n',
    });
  });

  it('rejects an invalid minStories, naming the key', () => {
    const folder = workspace({ 'draft.txt': LIBRARIES, '.textlintrc.json': JSON.stringify({ rules: { 'boilerplate-residue': { minStories: 0 } } }) }, { config: false });
    const run = newslint(['draft.txt'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^newslint: .*\.textlintrc\.json:.*rules\.boilerplate-residue\.minStories.*below the minimum 1\n$/);
  });
});

describe('the archive key of a config file', () => {
  const CONFIG = (archive: unknown) => JSON.stringify({ rules: { 'boilerplate-residue': true }, archive });

  it('indexes reference copy relative to the config file, wherever newslint runs from', () => {
    const folder = workspace({ 'desk/draft.txt': LIBRARIES, 'published/roads.txt': ROADS, 'published/market.md': MARKET, '.textlintrc.json': CONFIG('published') }, { config: false });
    const run = newslint(['--format', 'json', 'draft.txt'], { cwd: join(folder, 'desk') });
    expect(residue(run)).toEqual(['draft.txt@5 Page chrome left in the copy: the line appears verbatim in 2 other stories']);
  });

  it('adds to --archive rather than replacing it', () => {
    const folder = workspace({ 'draft.txt': LIBRARIES, 'published/roads.txt': ROADS, 'older/market.md': MARKET, '.textlintrc.json': CONFIG(['published']) }, { config: false });
    const run = newslint(['--format', 'json', 'draft.txt', '--archive', 'older'], { cwd: folder });
    expect(residue(run)).toEqual(['draft.txt@5 Page chrome left in the copy: the line appears verbatim in 2 other stories']);
  });

  it('names the config file when its archive matches nothing, in one line', () => {
    const folder = workspace({ 'draft.txt': LIBRARIES, '.textlintrc.json': CONFIG('published/') }, { config: false });
    expect(newslint(['draft.txt'], { cwd: folder })).toEqual({
      code: 2,
      stdout: '',
      stderr: `newslint: ${join(folder, '.textlintrc.json')}: archive: published/: no such file or folder\n`,
    });
  });

  it('rejects an archive that is not a path, naming the key', () => {
    const folder = workspace({ 'draft.txt': LIBRARIES, '.textlintrc.json': CONFIG([3]) }, { config: false });
    const run = newslint(['draft.txt'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^newslint: .*\.textlintrc\.json:1:\d+: Invalid value at `archive\[0\]`: expected a non-empty string, got number `3`\n$/);
  });

  it('is shown by --print-config', () => {
    const folder = workspace({ 'draft.txt': LIBRARIES, 'published/roads.txt': ROADS, '.textlintrc.json': CONFIG('published') }, { config: false });
    const printed = JSON.parse(newslint(['--print-config', 'draft.txt'], { cwd: folder }).stdout) as { archive: unknown };
    expect(printed.archive).toEqual([{ pattern: 'published', folder, configFile: join(folder, '.textlintrc.json') }]);
  });
});
