import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeConfig, resolveConfig } from '../../src/config/index.js';
import { builtinRules } from '../../rules/index.js';
import { expectConfigError } from './expect-config-error.js';
import { makeProject } from './temp-project.js';

describe('extends', () => {
  it('takes a preset: newslint:all switches on every built-in rule at its default severity', async () => {
    const root = await makeProject({ '.textlintrc.json': { extends: 'newslint:all' } });
    const config = describeConfig(await resolveConfig(join(root, 'story.txt')));
    expect(Object.keys(config.rules)).toEqual(Object.keys(builtinRules).sort());
    for (const [id, rule] of Object.entries(builtinRules)) expect(config.rules[id].severity).toBe(rule.meta.severity);
  });

  it('newslint:recommended leaves out rules whose meta says they are not recommended', async () => {
    const root = await makeProject({ '.textlintrc.json': { extends: ['newslint:recommended'] } });
    const config = await resolveConfig(join(root, 'story.txt'));
    const expected = Object.values(builtinRules).filter((rule) => rule.meta.recommended !== false).map((rule) => rule.meta.id);
    expect([...config.rules.keys()].sort()).toEqual(expected.sort());
  });

  it('merges like ESLint: options merge shallowly, severity overrides, true keeps options, false turns off', async () => {
    const root = await makeProject({
      'house/base.json': {
        extends: 'newslint:recommended',
        rules: { readability: { severity: 'error', age: 14, minWords: 20 }, 'repeated-words': { severity: 'info' } },
      },
      'desk/.textlintrc.json': {
        extends: '../house/base.json',
        rules: { readability: { minWords: 25 }, 'repeated-words': true },
      },
      'desk/opinion/.textlintrc.json': { extends: '../.textlintrc.json', rules: { 'repeated-words': false, readability: { severity: 'warning' } } },
    });
    const desk = await resolveConfig(join(root, 'desk/story.txt'));
    expect(desk.files).toEqual([join(root, 'house/base.json'), join(root, 'desk/.textlintrc.json')]);
    expect(desk.rules.get('readability')).toMatchObject({ severity: 'error', options: { age: 14, minWords: 25, threshold: 4 / 7 } });
    expect(desk.rules.get('repeated-words')?.severity).toBe('info');

    const opinion = await resolveConfig(join(root, 'desk/opinion/story.txt'));
    expect(opinion.rules.has('repeated-words')).toBe(false);
    expect(opinion.rules.get('readability')).toMatchObject({ severity: 'warning', options: { age: 14, minWords: 25 } });
  });

  it('switches a rule back on with its base options after a base turned it off', async () => {
    const root = await makeProject({
      'base.json': { rules: { readability: { severity: 'off', age: 12 } } },
      '.textlintrc.json': { extends: './base.json', rules: { readability: true } },
    });
    const config = await resolveConfig(join(root, 'story.txt'));
    expect(config.rules.get('readability')).toMatchObject({ severity: 'warning', options: { age: 12 } });
  });

  it('reports a cycle naming the file, the key and the chain', async () => {
    const root = await makeProject({
      '.textlintrc.json': '{\n  "extends": ["./a.json"]\n}',
      'a.json': { extends: './b.json' },
      'b.json': '{\n  "rules": {},\n  "extends": "./a.json"\n}',
    });
    await expectConfigError(
      resolveConfig(join(root, 'story.txt')),
      `${join(root, 'b.json')}:3:3: Circular \`extends\`: .textlintrc.json → a.json → b.json → a.json`,
    );
  });

  it('reports an unknown preset with the nearest name, and a missing file', async () => {
    const root = await makeProject({
      'a/.textlintrc.json': '{"extends": "newslint:recomended"}',
      'b/.textlintrc.json': '{"extends": ["newslint:all", "./shared.json"]}',
    });
    await expectConfigError(
      resolveConfig(join(root, 'a/story.txt')),
      `${join(root, 'a/.textlintrc.json')}:1:2: Unknown preset \`newslint:recomended\` in \`extends\` (did you mean \`newslint:recommended\`?)`,
    );
    await expectConfigError(
      resolveConfig(join(root, 'b/story.txt')),
      `${join(root, 'b/.textlintrc.json')}:1:30: Cannot find \`extends\` target ${join(root, 'b/shared.json')}`,
    );
  });
});
