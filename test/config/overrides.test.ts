import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { makeProject } from './temp-project.js';

describe('overrides', () => {
  it('matches globs against the path relative to the config folder, and bare patterns against the base name', async () => {
    const root = await makeProject({
      '.textlintrc.json': {
        extends: 'newslint:recommended',
        overrides: [
          { files: './opinion/**', rules: { readability: false } },
          { files: ['*.md'], excludedFiles: 'drafts/**', rules: { 'repeated-words': { severity: 'error' } } },
        ],
      },
    });
    const news = await resolveConfig(join(root, 'news/story.txt'));
    expect(news.rules.has('readability')).toBe(true);
    expect(news.rules.get('repeated-words')?.severity).toBe('warning');

    const opinion = await resolveConfig(join(root, 'opinion/column.txt'));
    expect(opinion.rules.has('readability')).toBe(false);

    const markdown = await resolveConfig(join(root, 'news/deep/story.md'));
    expect(markdown.rules.get('repeated-words')?.severity).toBe('error');
    const draft = await resolveConfig(join(root, 'drafts/story.md'));
    expect(draft.rules.get('repeated-words')?.severity).toBe('warning');
  });

  it('applies matching overrides in order, after the base rules', async () => {
    const root = await makeProject({
      '.textlintrc.json': {
        rules: { readability: { age: 18 } },
        overrides: [
          { files: 'sport/**', rules: { readability: { age: 14, minWords: 20 } } },
          { files: '**/live-*.txt', rules: { readability: { severity: 'info', age: 12 } } },
        ],
      },
    });
    const live = await resolveConfig(join(root, 'sport/live-final.txt'));
    expect(live.rules.get('readability')).toMatchObject({ severity: 'info', options: { age: 12, minWords: 20 } });
    const report = await resolveConfig(join(root, 'sport/report.txt'));
    expect(report.rules.get('readability')).toMatchObject({ severity: 'warning', options: { age: 14, minWords: 20 } });
  });

  it("resolves an extended config's overrides against that config's own folder, before the extending file's rules", async () => {
    const root = await makeProject({
      'house/base.json': { rules: { 'repeated-words': true }, overrides: [{ files: 'wire/**', rules: { 'repeated-words': { severity: 'info' } } }] },
      '.textlintrc.json': { extends: './house/base.json' },
      'strict/.textlintrc.json': { extends: '../house/base.json', rules: { 'repeated-words': { severity: 'error' } } },
    });
    expect((await resolveConfig(join(root, 'house/wire/story.txt'), { configFile: join(root, '.textlintrc.json') })).rules.get('repeated-words')?.severity).toBe('info');
    // The same relative path under the extending config's folder is not under house/.
    expect((await resolveConfig(join(root, 'wire/story.txt'))).rules.get('repeated-words')?.severity).toBe('warning');
    const strict = await resolveConfig(join(root, 'house/wire/story.txt'), { configFile: join(root, 'strict/.textlintrc.json') });
    expect(strict.rules.get('repeated-words')?.severity).toBe('error');
  });

  it('applies no overrides to text without a file path', async () => {
    const root = await makeProject({ '.textlintrc.json': { rules: { readability: true }, overrides: [{ files: '*', rules: { readability: false } }] } });
    expect((await resolveConfig(undefined, { cwd: root })).rules.has('readability')).toBe(true);
    expect((await resolveConfig(join(root, 'story.txt'))).rules.has('readability')).toBe(false);
  });

  it('lets --rule severities win over every file', async () => {
    const root = await makeProject({ '.textlintrc.json': { rules: { readability: { severity: 'error', age: 15 } } } });
    const config = await resolveConfig(join(root, 'story.txt'), { ruleOverrides: { readability: 'info', 'repeated-words': 'error' } });
    expect(config.rules.get('readability')).toMatchObject({ severity: 'info', options: { age: 15 } });
    expect(config.rules.get('repeated-words')?.severity).toBe('error');
    const off = await resolveConfig(join(root, 'story.txt'), { ruleOverrides: { readability: 'off' } });
    expect(off.rules.has('readability')).toBe(false);
  });
});
