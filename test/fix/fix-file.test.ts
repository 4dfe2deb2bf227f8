import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { lint } from '../../src/engine/lint.js';
import { BinaryFileError, FileChangedError, fixFile, formatUnifiedDiff, UnsupportedEncodingError } from '../../src/fix/index.js';
import { createDeskWorkspace, deskConfig, type DeskWorkspace } from './desk-workspace.js';

const SPELLING = deskConfig({ spelling: { find: 'colour', replace: ['color'] } });

let workspace: DeskWorkspace | undefined;
afterEach(() => {
  workspace?.remove();
  workspace = undefined;
});

/** Fixes a file with the real engine and the config found for it, as `newslint --fix` does. */
async function fixWithEngine(path: string, dryRun = false) {
  const config = await resolveConfig(path);
  return fixFile(path, { dryRun, lintText: async (text) => (await lint(text, { filePath: path, config })).diagnostics });
}

describe('fixFile', () => {
  it('applies safe fixes, keeps unsafe ones as findings, and writes the file', async () => {
    workspace = createDeskWorkspace(deskConfig({ spelling: { find: 'colour', replace: ['color'] }, wordiness: { find: 'in order to', replace: ['to'], safe: false } }));
    const path = workspace.write('story.txt', 'The colour changed in order to please the crowd.\n');
    const result = await fixWithEngine(path);
    expect(readFileSync(path, 'utf8')).toBe('The color changed in order to please the crowd.\n');
    expect(result.written).toBe(true);
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['desk/wordiness']);
  });

  it('resolves overlapping fixes over several passes without mangling the text', async () => {
    workspace = createDeskWorkspace(deskConfig({ spelling: { find: 'colour', replace: ['color'] }, wordiness: { find: 'the colour of', replace: ["the sky's"] } }));
    const path = workspace.write('story.txt', 'Look at the colour of the sky and its colour at dusk.\n');
    const result = await fixWithEngine(path);
    expect(readFileSync(path, 'utf8')).toBe("Look at the sky's the sky and its color at dusk.\n");
    expect(result.fixCount).toBe(2);
  });

  it('keeps CRLF line endings', async () => {
    workspace = createDeskWorkspace(deskConfig({ spelling: { find: 'colour', replace: ['color'] }, wordiness: { find: 'Then, ', replace: ['\n'] } }));
    const path = workspace.write('story.txt', 'Headline about colour\r\n\r\nThe colour faded. Then, it came back.\r\n');
    await fixWithEngine(path);
    expect(readFileSync(path, 'latin1')).toBe('Headline about color\r\n\r\nThe color faded. \r\nit came back.\r\n');
  });

  it('keeps a UTF-8 byte order mark', async () => {
    workspace = createDeskWorkspace(SPELLING);
    const path = workspace.write('story.md', Buffer.from('\uFEFF# A colour story\n\nThe colour was red.\n', 'utf8'));
    await fixWithEngine(path);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('# A color story\n\nThe color was red.\n');
  });

  it('rewrites UTF-16 files in UTF-16, byte order mark included', async () => {
    workspace = createDeskWorkspace(SPELLING);
    const path = workspace.write('story.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The colour was red.\r\n', 'utf16le')]));
    await fixWithEngine(path);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toBe('The color was red.\r\n');
  });

  it('refuses a file that is not UTF-8 and leaves it alone', async () => {
    workspace = createDeskWorkspace(SPELLING);
    const latin1 = Buffer.from('The colour of caf\xe9 walls.\n', 'latin1');
    const path = workspace.write('story.txt', latin1);
    await expect(fixWithEngine(path)).rejects.toThrow(UnsupportedEncodingError);
    expect(readFileSync(path).equals(latin1)).toBe(true);
  });

  it('refuses binary data even when it decodes as UTF-8', async () => {
    workspace = createDeskWorkspace(SPELLING);
    const path = workspace.write('story.txt', Buffer.from('colour\0\0\u0001colour', 'utf8'));
    await expect(fixWithEngine(path)).rejects.toThrow(BinaryFileError);
  });

  it('refuses to overwrite a file that changed on disk during the run', async () => {
    workspace = createDeskWorkspace({ plugins: ['desk'], rules: { 'desk/spelling': { find: 'colour', replace: ['color'] }, 'desk/edit-behind-your-back': true } });
    const path = workspace.write('story.txt', 'The colour was red.\n');
    const error = await fixWithEngine(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileChangedError);
    expect((error as Error).message).toBe(`${path}: changed on disk while newslint was fixing it; left as it is (run again to fix the new version)`);
    expect(readFileSync(path, 'utf8')).toMatch(/^The colour was red\.\nA colleague added this line\.\n/);
    expect(readdirSync(workspace.folder).filter((name) => name.endsWith('.newslint-tmp'))).toEqual([]);
  });

  it('writes nothing in a dry run, and reports what it would do', async () => {
    workspace = createDeskWorkspace(SPELLING);
    const path = workspace.write('story.txt', 'The colour was red.\n');
    const before = statSync(path).mtimeMs;
    const result = await fixWithEngine(path, true);
    expect(result).toMatchObject({ written: false, output: 'The color was red.\n', before: 'The colour was red.\n' });
    expect(readFileSync(path, 'utf8')).toBe('The colour was red.\n');
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it('keeps the file permissions and leaves no temporary file behind', async () => {
    workspace = createDeskWorkspace(SPELLING);
    const path = workspace.write('story.txt', 'The colour was red.\n');
    chmodSync(path, 0o640);
    await fixWithEngine(path);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(workspace.folder).sort()).toEqual(['.textlintrc.json', 'node_modules', 'story.txt']);
  });

  it('leaves a file without safe fixes untouched', async () => {
    workspace = createDeskWorkspace(SPELLING);
    const path = workspace.write('story.txt', 'The color was red.\n');
    const before = statSync(path).mtimeMs;
    expect((await fixWithEngine(path)).written).toBe(false);
    expect(statSync(path).mtimeMs).toBe(before);
  });
});

describe('formatUnifiedDiff', () => {
  it('prints a unified diff with a/ and b/ names that git apply accepts', () => {
    expect(formatUnifiedDiff('news/story.txt', 'one\ntwo\nthree\n', 'one\n2\nthree\n')).toBe(
      ['--- a/news/story.txt', '+++ b/news/story.txt', '@@ -1,3 +1,3 @@', ' one', '-two', '+2', ' three', ''].join('\n'),
    );
  });

  it('is empty when nothing changed', () => {
    expect(formatUnifiedDiff('story.txt', 'same\n', 'same\n')).toBe('');
  });
});
