import { readFileSync, statSync } from 'node:fs';
import { applyPatch } from 'diff';
import { afterAll, describe, expect, it } from 'vitest';
import { createDeskWorkspace, deskConfig, type DeskWorkspace } from '../fix/desk-workspace.js';
import { newslint, parseJson } from './cli-harness.js';

const workspaces: DeskWorkspace[] = [];
afterAll(() => workspaces.forEach((workspace) => workspace.remove()));

/** A project whose config fixes `colour` (safe), `the colour of` (safe, overlapping it) and `in order to` (unsafe). */
function desk(extraRules: Record<string, unknown> = {}): DeskWorkspace {
  const config = deskConfig({
    spelling: { find: 'colour', replace: ['color'] },
    wordiness: { find: 'the colour of', replace: ["the sky's"] },
  }) as { rules: Record<string, unknown> };
  const workspace = createDeskWorkspace({
    ...config,
    rules: { ...config.rules, ...extraRules },
  });
  workspaces.push(workspace);
  return workspace;
}

describe('newslint --fix', () => {
  it('applies safe fixes in place, overlapping ones over several passes, and reports what is left', () => {
    const workspace = desk();
    const story = workspace.write('story.txt', 'Headline\n\nLook at the colour of the sky and its colour at dusk.\n');
    const run = newslint(['--fix', '--format', 'json', 'story.txt'], { cwd: workspace.folder });
    expect(run.stderr).toBe('');
    expect(readFileSync(story, 'utf8')).toBe("Headline\n\nLook at the sky's the sky and its color at dusk.\n");
    expect(parseJson(run)[0].messages).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('leaves unsafe suggestions as findings', () => {
    const workspace = desk({ 'desk/hedging': { find: 'in order to', replace: ['to'], safe: false } });
    const story = workspace.write('story.md', '# Headline\n\nWe waited in order to see the colour change.\n');
    const run = newslint(['--fix', '--format', 'json', '.'], { cwd: workspace.folder });
    expect(readFileSync(story, 'utf8')).toBe('# Headline\n\nWe waited in order to see the color change.\n');
    expect(parseJson(run)[0].messages).toMatchObject([{ ruleId: 'desk/hedging', line: 3, column: 11 }]);
  });

  it('keeps CRLF line endings and the BOM', () => {
    const workspace = desk();
    const story = workspace.write('story.txt', Buffer.from('\uFEFFHeadline\r\n\r\nThe colour faded.\r\nA colourful sky.\r\n', 'utf8'));
    expect(newslint(['--fix', 'story.txt'], { cwd: workspace.folder }).code).toBe(0);
    expect(readFileSync(story).toString('latin1')).toBe(Buffer.from('\uFEFFHeadline\r\n\r\nThe color faded.\r\nA colorful sky.\r\n', 'utf8').toString('latin1'));
  });

  it('refuses a file that changed on disk during the run, and fixes the others', () => {
    const workspace = desk({ 'desk/edit-behind-your-back': { match: 'busy' } });
    const busy = workspace.write('busy.txt', 'Headline\n\nThe colour faded.\n');
    const quiet = workspace.write('quiet.txt', 'Headline\n\nThe colour held.\n');
    const run = newslint(['--fix', 'busy.txt', 'quiet.txt'], { cwd: workspace.folder });
    expect(run.stderr).toBe('newslint: busy.txt: changed on disk while newslint was fixing it; left as it is (run again to fix the new version)\n');
    expect(run.code).toBe(2);
    expect(readFileSync(busy, 'utf8')).toMatch(/^Headline\n\nThe colour faded\.\nA colleague added this line\.\n/);
    expect(readFileSync(quiet, 'utf8')).toBe('Headline\n\nThe color held.\n');
  });
});

describe('newslint --fix-dry-run', () => {
  it('prints the fixes as a unified diff that reproduces them, and writes nothing', () => {
    const workspace = desk();
    const before = 'Headline\n\nLook at the colour of the sky.\n\nIts colour at dusk.\n';
    const story = workspace.write('news/story.txt', before);
    const mtime = statSync(story).mtimeMs;
    const run = newslint(['--fix-dry-run', '--format', 'diff', 'news'], { cwd: workspace.folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '--- a/news/story.txt',
        '+++ b/news/story.txt',
        '@@ -1,5 +1,5 @@',
        ' Headline',
        ' ',
        '-Look at the colour of the sky.',
        "+Look at the sky's the sky.",
        ' ',
        '-Its colour at dusk.',
        '+Its color at dusk.',
        '',
      ].join('\n'),
    );
    expect(applyPatch(before, run.stdout)).toBe("Headline\n\nLook at the sky's the sky.\n\nIts color at dusk.\n");
    expect(readFileSync(story, 'utf8')).toBe(before);
    expect(statSync(story).mtimeMs).toBe(mtime);
  });

  it('reports what would be left, in any format, still writing nothing', () => {
    const workspace = desk({ 'desk/hedging': { find: 'in order to', replace: ['to'], safe: false } });
    const story = workspace.write('story.txt', 'Headline\n\nThe colour changed in order to please.\n');
    const run = newslint(['--fix-dry-run', '--format', 'json', 'story.txt'], { cwd: workspace.folder });
    expect(parseJson(run)[0].messages).toMatchObject([{ ruleId: 'desk/hedging', line: 3, column: 19 }]);
    expect(readFileSync(story, 'utf8')).toBe('Headline\n\nThe colour changed in order to please.\n');
  });

  it('fixes standard input in memory', () => {
    const workspace = desk();
    const run = newslint(['--fix-dry-run', '--format', 'diff', '--stdin'], { cwd: workspace.folder, input: 'Headline\n\nThe colour.\n' });
    expect(run.stdout).toBe(['--- a/<text>', '+++ b/<text>', '@@ -1,3 +1,3 @@', ' Headline', ' ', '-The colour.', '+The color.', ''].join('\n'));
  });

  it('prints nothing for `--format diff` when there is nothing to fix', () => {
    const workspace = desk();
    workspace.write('story.txt', 'Headline\n\nThe color.\n');
    const run = newslint(['--fix-dry-run', '--format', 'diff', 'story.txt'], { cwd: workspace.folder });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
  });
});

describe('fix options that make no sense', () => {
  it.each([
    [['--format', 'diff', 'story.txt'], 'newslint: --format diff shows what fixing changes: use it with --fix-dry-run or --fix\n'],
    [['--fix', '--stdin'], 'newslint: --fix writes files, so it cannot fix standard input: use --fix-dry-run\n'],
    [['--fix', '--fix-dry-run', 'story.txt'], 'newslint: --fix and --fix-dry-run cannot be used together\n'],
  ])('newslint %j is a usage error', (args, stderr) => {
    const workspace = desk();
    workspace.write('story.txt', 'Headline\n\nThe colour.\n');
    const run = newslint(args, { cwd: workspace.folder });
    expect([run.code, run.stderr]).toEqual([2, stderr]);
    expect(readFileSync(`${workspace.folder}/story.txt`, 'utf8')).toBe('Headline\n\nThe colour.\n');
  });
});
