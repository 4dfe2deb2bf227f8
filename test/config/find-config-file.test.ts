import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearConfigCache, describeConfig, findConfigFile, resolveConfig } from '../../src/config/index.js';
import { makeProject, writeFiles } from './temp-project.js';

describe('finding the config file', () => {
  it('takes the nearest .textlintrc.json walking up from the file', async () => {
    const root = await makeProject({
      '.textlintrc.json': { rules: { readability: false } },
      'desk/sport/.textlintrc.json': { rules: { readability: { minWords: 12 } } },
      'desk/sport/late/story.txt': 'Text.',
      'desk/story.txt': 'Text.',
    });
    expect(findConfigFile(join(root, 'desk/sport/late/story.txt'))).toBe(join(root, 'desk/sport/.textlintrc.json'));
    expect(findConfigFile(join(root, 'desk/story.txt'))).toBe(join(root, '.textlintrc.json'));

    const sport = await resolveConfig(join(root, 'desk/sport/late/story.txt'));
    expect(sport.files).toEqual([join(root, 'desk/sport/.textlintrc.json')]);
    expect(sport.rules.get('readability')?.options.minWords).toBe(12);
    const desk = await resolveConfig(join(root, 'desk/story.txt'));
    expect(desk.rules.has('readability')).toBe(false);
  });

  it('accepts .textlintrc holding JSON, and prefers .textlintrc.json in the same folder', async () => {
    const root = await makeProject({
      'a/.textlintrc': '{"rules": {"repeated-words": {"severity": "error"}}}',
      'b/.textlintrc': '{"rules": {}}',
      'b/.textlintrc.json': '{"rules": {"repeated-words": false}}',
    });
    expect(findConfigFile(join(root, 'a/story.md'))).toBe(join(root, 'a/.textlintrc'));
    expect(findConfigFile(join(root, 'b/story.md'))).toBe(join(root, 'b/.textlintrc.json'));
    const config = await resolveConfig(join(root, 'a/story.md'));
    expect(config.rules.get('repeated-words')?.severity).toBe('error');
  });

  it('caches lookups per folder until the cache is cleared', async () => {
    const root = await makeProject({ '.textlintrc.json': { rules: {} } });
    const file = join(root, 'news/story.txt');
    expect(findConfigFile(file)).toBe(join(root, '.textlintrc.json'));
    await writeFiles(root, { 'news/.textlintrc.json': { rules: {} } });
    expect(findConfigFile(file)).toBe(join(root, '.textlintrc.json'));
    clearConfigCache();
    expect(findConfigFile(file)).toBe(join(root, 'news/.textlintrc.json'));
  });

  it('starts from cwd when there is no file path (stdin)', async () => {
    const root = await makeProject({ '.textlintrc.json': { rules: { 'repeated-words': { severity: 'info' } } } });
    const config = await resolveConfig(undefined, { cwd: join(root, 'sub') });
    expect(config.rules.get('repeated-words')?.severity).toBe('info');
  });

  it('uses newslint:recommended when no config file is found, or when told to ignore them', async () => {
    const root = await makeProject({ 'story.txt': 'Text.' });
    const recommended = describeConfig(await resolveConfig(join(root, 'story.txt')));
    expect(recommended.files).toEqual([]);
    expect(Object.keys(recommended.rules)).toEqual(expect.arrayContaining(['readability', 'repeated-words']));
    expect(recommended.rules.readability).toEqual({ severity: 'warning', options: { age: 16, minWords: 30, threshold: 4 / 7 }, source: 'newslint' });

    await writeFiles(root, { '.textlintrc.json': { rules: { readability: false } } });
    clearConfigCache();
    const ignoring = describeConfig(await resolveConfig(join(root, 'story.txt'), { noConfig: true }));
    expect(ignoring).toEqual(recommended);
  });

  it('uses an explicit config file instead of searching', async () => {
    const root = await makeProject({
      '.textlintrc.json': { rules: { readability: false } },
      'ci/strict.json': { extends: 'newslint:all', rules: { readability: { severity: 'error' } } },
    });
    const config = await resolveConfig('story.txt', { cwd: root, configFile: 'ci/strict.json' });
    expect(config.files).toEqual([join(root, 'ci/strict.json')]);
    expect(config.rules.get('readability')?.severity).toBe('error');
  });
});
