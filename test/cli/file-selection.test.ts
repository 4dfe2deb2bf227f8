import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, findings, newslint, parseJson, workspace, writeFile } from './cli-harness.js';

const relativePaths = (folder: string, run: ReturnType<typeof newslint>) => parseJson(run).map((result) => result.filePath.slice(folder.length + 1));

describe('choosing files', () => {
  it('recurses into folders for lintable extensions only, skipping node_modules and dot-folders', () => {
    const folder = workspace({
      'news/b.txt': article('harbour.txt'),
      'news/a.md': article('library.md'),
      'news/deep/c.html': article('ferry.html'),
      'news/deep/d.htm': article('ferry.html'),
      'news/deep/e.markdown': article('library.md'),
      'news/photo.jpg': 'not text',
      'news/notes.json': '{}',
      'news/.drafts/f.txt': article('harbour.txt'),
      'news/node_modules/g.txt': article('harbour.txt'),
    });
    const run = newslint(['news', '--format', 'json'], { cwd: folder });
    expect(relativePaths(folder, run)).toEqual(['news/a.md', 'news/b.txt', 'news/deep/c.html', 'news/deep/d.htm', 'news/deep/e.markdown']);
  });

  it('lints the current folder when given no operands', () => {
    const folder = workspace({ 'story.txt': article('harbour.txt') });
    expect(relativePaths(folder, newslint(['--format', 'json'], { cwd: folder }))).toEqual(['story.txt']);
  });

  it('expands globs and keeps operand order without duplicates', () => {
    const folder = workspace({ 'a/one.md': article('library.md'), 'a/two.txt': article('harbour.txt'), 'b/three.txt': article('harbour.txt') });
    const run = newslint(['b/*.txt', 'a/**/*', 'b/three.txt', '--format', 'json'], { cwd: folder });
    expect(relativePaths(folder, run)).toEqual(['b/three.txt', 'a/one.md', 'a/two.txt']);
  });

  it('lints a file named outright whatever its extension, as plain text', () => {
    const folder = workspace({ 'wire.log': 'Officials will utilise the new system.\n' });
    expect(findings(newslint(['wire.log', '--format', 'json'], { cwd: folder }))).toEqual(['testkit/flag-word@1:16']);
  });

  it('honours .newslintignore (gitignore syntax, with negation)', () => {
    const folder = workspace({
      '.newslintignore': 'archive/\n*.html\n!keep.html\n',
      'archive/old.txt': article('harbour.txt'),
      'page.html': article('ferry.html'),
      'keep.html': article('ferry.html'),
      'story.md': article('library.md'),
    });
    expect(relativePaths(folder, newslint(['.', '--format', 'json'], { cwd: folder }))).toEqual(['keep.html', 'story.md']);
  });

  it('honours --ignore-pattern, repeatable, also for files named outright', () => {
    const folder = workspace({ 'drafts/a.txt': article('harbour.txt'), 'b.md': article('library.md'), 'c.txt': article('harbour.txt') });
    const run = newslint(['.', 'c.txt', '--ignore-pattern', 'drafts/', '--ignore-pattern', 'c.txt', '--format', 'json'], { cwd: folder });
    expect(relativePaths(folder, run)).toEqual(['b.md']);
  });

  it('fails with 2 and one line when an operand matches nothing', () => {
    const folder = workspace({ 'story.txt': article('harbour.txt') });
    const missing = newslint(['nope.txt'], { cwd: folder });
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: 'newslint: nope.txt: no such file or folder\n' });
    const glob = newslint(['*.rst'], { cwd: folder });
    expect(glob).toMatchObject({ code: 2, stderr: 'newslint: *.rst: no files match this pattern\n' });
  });
});

describe('files that cannot be linted', () => {
  it('reports binary, non-UTF-8 and unreadable files, lints the rest, and exits 2', () => {
    const folder = workspace({
      'a-story.txt': article('harbour.txt'),
      'b-image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]),
      'c-latin1.txt': Buffer.from('Caf\xe9 owners said the rent rose.', 'latin1'),
      'e-clean.md': article('library.md'),
    });
    symlinkSync(join(folder, 'missing-target.txt'), join(folder, 'd-dangling.txt'));
    const run = newslint(['.', '--format', 'json'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(relativePaths(folder, run)).toEqual(['a-story.txt', 'e-clean.md']);
    expect(run.stderr.trim().split('\n')).toEqual([
      'newslint: b-image.txt: binary file, not text',
      'newslint: c-latin1.txt: not valid UTF-8 text',
      'newslint: d-dangling.txt: cannot read the file (ENOENT)',
    ]);
  });
});

describe('--stdin', () => {
  it('lints standard input as <text> by default', () => {
    const run = newslint(['--stdin', '--format', 'json'], { cwd: workspace(), input: 'Police reportedly closed the road.\n' });
    expect(run.code).toBe(0);
    expect(parseJson(run)[0].filePath).toBe('<text>');
    expect(findings(run)).toEqual(['testkit/hedge@1:8']);
  });

  it('uses --stdin-filename for the format, the config and the reported path', () => {
    const folder = workspace({ 'desk/.textlintrc.json': '{ "plugins": ["testkit"], "rules": { "testkit/year": true } }' });
    const markdown = '# Budget for 2025\n\nThe council will reportedly utilise reserves in 2026.\n';
    const run = newslint(['--stdin', '--stdin-filename', 'desk/budget.md', '--format', 'json'], { cwd: folder, input: markdown });
    expect(parseJson(run)[0].filePath).toBe(join(folder, 'desk/budget.md'));
    // Only the nested config's rule runs: the path picked the config.
    expect(findings(run)).toEqual(['testkit/year@1:14', 'testkit/year@3:49']);
  });

  it('refuses file operands and a lone --stdin-filename', () => {
    const folder = workspace();
    expect(newslint(['--stdin', 'a.txt'], { cwd: folder }).code).toBe(2);
    const lone = newslint(['--stdin-filename', 'a.txt'], { cwd: folder });
    expect(lone).toMatchObject({ code: 2, stderr: 'newslint: --stdin-filename needs --stdin\n' });
  });
});

describe('config options', () => {
  it('--config uses the given file instead of the nearest one', () => {
    const folder = workspace({ 'story.txt': article('harbour.txt'), 'only-hedge.json': '{ "plugins": ["testkit"], "rules": { "testkit/hedge": true } }' });
    expect(findings(newslint(['story.txt', '--config', 'only-hedge.json', '--format', 'json'], { cwd: folder }))).toEqual(['testkit/hedge@5:15']);
  });

  it('--no-config ignores config files and uses the recommended built-in rules', () => {
    const folder = workspace({ 'story.txt': article('harbour.txt') });
    const printed = JSON.parse(newslint(['--print-config', 'story.txt', '--no-config'], { cwd: folder }).stdout) as { files: string[]; rules: Record<string, unknown> };
    expect(printed.files).toEqual([]);
    expect(Object.keys(printed.rules).some((id) => id.startsWith('testkit/'))).toBe(false);
    const run = newslint(['story.txt', '--no-config', '--format', 'json'], { cwd: folder });
    expect(findings(run).some((finding) => finding.startsWith('testkit/'))).toBe(false);
  });

  it('--rule changes severities and switches rules off', () => {
    const folder = workspace({ 'story.txt': article('harbour.txt') });
    const run = newslint(['story.txt', '--rule', 'testkit/flag-word:off', '--rule', 'testkit/year:error', '--format', 'json'], { cwd: folder });
    expect(parseJson(run)[0].messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['testkit/hedge', 1],
      ['testkit/year', 2],
    ]);
  });
});
