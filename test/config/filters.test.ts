import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeConfig, resolveConfig } from '../../src/config/index.js';
import { makeProject } from './temp-project.js';

describe('filters', () => {
  it('default to honouring comments with nothing allowlisted', async () => {
    const root = await makeProject({ '.textlintrc.json': { rules: {} } });
    expect((await resolveConfig(join(root, 'story.txt'))).filters).toEqual({ comments: true, allowlist: [] });
  });

  it('map to filter settings, adding up allowlists along extends', async () => {
    const root = await makeProject({
      'house.json': { filters: { allowlist: { allow: ['Xi Jinping', '/Pyongyang\\w*/i'] }, severity: 'info' } },
      '.textlintrc.json': {
        extends: './house.json',
        filters: { comments: false, allowlist: { allow: ['Kim Jong Un', 'Xi Jinping'] }, severity: 'warning' },
      },
      'fresh/.textlintrc.json': { extends: '../house.json', filters: { allowlist: false } },
    });
    expect((await resolveConfig(join(root, 'story.txt'))).filters).toEqual({
      comments: false,
      allowlist: ['Xi Jinping', '/Pyongyang\\w*/i', 'Kim Jong Un'],
      minimumSeverity: 'warning',
    });
    expect((await resolveConfig(join(root, 'fresh/story.txt'))).filters).toEqual({ comments: true, allowlist: [], minimumSeverity: 'info' });
  });
});

describe('describeConfig', () => {
  it('gives plain JSON of rule ids, severities, options and sources, plus the files and filters', async () => {
    const root = await makeProject({
      '.textlintrc.json': { rules: { 'repeated-words': { severity: 'error' }, readability: { age: 15 } }, filters: { comments: false } },
    });
    const description = describeConfig(await resolveConfig(join(root, 'story.txt')));
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
    expect(description).toEqual({
      files: [join(root, '.textlintrc.json')],
      rules: {
        readability: { severity: 'warning', options: { age: 15, minWords: 30, threshold: 4 / 7 }, source: 'newslint' },
        'repeated-words': { severity: 'error', options: {}, source: 'newslint' },
      },
      filters: { comments: false, allowlist: [] },
    });
    expect(Object.keys(description.rules)).toEqual(['readability', 'repeated-words']);
  });
});
