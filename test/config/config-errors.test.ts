import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile, resolveConfig } from '../../src/config/index.js';
import { expectConfigError } from './expect-config-error.js';
import { makeProject } from './temp-project.js';

/** Resolve a config written as `text` and return the file's path with the pending result. */
async function resolveText(text: string, options: Parameters<typeof resolveConfig>[1] = {}) {
  const root = await makeProject({ '.textlintrc.json': text });
  return { file: join(root, '.textlintrc.json'), pending: resolveConfig(join(root, 'story.txt'), options) };
}

describe('config errors', () => {
  it('reports a JSON syntax error with its line and column', async () => {
    const { file, pending } = await resolveText('{\n  "rules": {\n    "readability": true,\n  }\n}');
    await expectConfigError(pending, `${file}:4:3: Unexpected token \`}\`, expected a quoted key`);
  });

  it('reports an unterminated string and text after the value', async () => {
    const bad = await resolveText('{"rules": {"readability: true}}');
    await expectConfigError(bad.pending, `${bad.file}:1:12: Unterminated string`);
    const trailing = await resolveText('{"rules": {}} }');
    await expectConfigError(trailing.pending, `${trailing.file}:1:15: Unexpected token \`}\` after the end of the JSON value`);
  });

  it('allows // and /* */ comments, also where they hold quotes and braces', async () => {
    const { pending } = await resolveText(
      '// newslint config\n{\n  /* "rules": { */\n  "rules": {\n    "readability": { "age": 15 } // "}"\n  }\n}\n',
    );
    expect((await pending).rules.get('readability')?.options.age).toBe(15);
  });

  it('names an unknown top-level key and the nearest valid one', async () => {
    const { file, pending } = await resolveText('{\n  "rule": {}\n}');
    await expectConfigError(pending, `${file}:2:3: Unknown key \`rule\` (did you mean \`rules\`?)`);
  });

  it('names an unknown filter and the nearest valid one', async () => {
    const { file, pending } = await resolveText('{"filters": {"coments": false}}');
    await expectConfigError(pending, `${file}:1:14: Unknown filter \`filters.coments\` (did you mean \`comments\`?)`);
  });

  it('names an unknown rule and the nearest valid one', async () => {
    const { file, pending } = await resolveText('{\n  "rules": {\n    "readabilty": true\n  }\n}');
    await expectConfigError(pending, `${file}:3:5: Unknown rule \`rules.readabilty\` (did you mean \`readability\`?)`);
  });

  it('names an unknown option and the nearest valid one', async () => {
    const { file, pending } = await resolveText('{"rules": {"readability": {"minwords": 10}}}');
    await expectConfigError(pending, `${file}:1:28: Unknown option \`rules.readability.minwords\` (did you mean \`minWords\`?)`);
  });

  it('says when a rule takes no options at all', async () => {
    const { file, pending } = await resolveText('{"rules": {"repeated-words": {"ignore": ["had"]}}}');
    await expectConfigError(pending, `${file}:1:31: Unknown option \`rules.repeated-words.ignore\` (rule \`repeated-words\` has no options)`);
  });

  it('names an ill-typed or out-of-range option value', async () => {
    const typed = await resolveText('{"rules": {"readability": {"age": "sixteen"}}}');
    await expectConfigError(typed.pending, `${typed.file}:1:28: Invalid value at \`rules.readability.age\`: expected an integer, got string \`"sixteen"\``);
    const ranged = await resolveText('{"rules": {"readability": {"threshold": 1.5}}}');
    await expectConfigError(ranged.pending, `${ranged.file}:1:28: Invalid value at \`rules.readability.threshold\`: 1.5 is above the maximum 1`);
  });

  it('names an unknown severity and the nearest valid one', async () => {
    const { file, pending } = await resolveText('{"rules": {"readability": {"severity": "warn"}}}');
    await expectConfigError(pending, `${file}:1:28: Unknown severity \`warn\` at \`rules.readability.severity\` (did you mean \`warning\`?)`);
  });

  it('checks rules inside overrides with their key path', async () => {
    const { file, pending } = await resolveText('{"overrides": [{"files": "*.md", "rules": {"repeated-word": true}}]}');
    await expectConfigError(pending, `${file}:1:44: Unknown rule \`overrides[0].rules.repeated-word\` (did you mean \`repeated-words\`?)`);
  });

  it('names a wrongly typed rule entry and a missing override pattern', async () => {
    const entry = await resolveText('{"rules": {"readability": 1}}');
    await expectConfigError(entry.pending, `${entry.file}:1:12: Invalid value at \`rules.readability\`: expected true, false, a severity or an object of options, got number \`1\``);
    const severity = await resolveText('{"rules": {"readability": "warn"}}');
    await expectConfigError(severity.pending, `${severity.file}:1:12: Unknown severity \`warn\` at \`rules.readability\` (did you mean \`warning\`?)`);
    const override = await resolveText('{"overrides": [{"rules": {}}]}');
    await expectConfigError(override.pending, `${override.file}:1:16: Missing \`overrides[0].files\`: an override needs file patterns`);
  });

  it('checks filter values: severities and allowlist patterns', async () => {
    const severity = await resolveText('{"filters": {"severity": "warnings"}}');
    await expectConfigError(severity.pending, `${severity.file}:1:14: Unknown severity \`warnings\` at \`filters.severity\` (did you mean \`warning\`?)`);
    const pattern = await resolveText('{"filters": {"allowlist": {"allow": ["Kim", "/(unclosed/i"]}}}');
    await expectConfigError(
      pattern.pending,
      `${pattern.file}:1:45: Invalid pattern at \`filters.allowlist.allow[1]\`: Invalid regular expression: /(unclosed/i: Unterminated group`,
    );
  });

  it('names a plugin rule whose plugin is not loaded', async () => {
    const { file, pending } = await resolveText('{"rules": {"house/headline-case": true}}');
    await expectConfigError(pending, `${file}:1:12: Unknown rule \`rules.house/headline-case\`: no plugin \`house\` in \`plugins\``);
  });

  it('names a missing plugin package and the config file', async () => {
    const { file, pending } = await resolveText('{\n  "plugins": ["house-style"]\n}');
    const root = join(file, '..');
    await expectConfigError(
      pending,
      `${file}:2:15: Plugin \`house-style\`: Cannot find package \`newslint-plugin-house-style\` from ${root} (install it with \`npm i -D newslint-plugin-house-style\`)`,
    );
  });

  it('names a missing retext package', async () => {
    const { file, pending } = await resolveText('{"rules": {"retext-no-such-check": true}}');
    const root = join(file, '..');
    await expectConfigError(
      pending,
      `${file}:1:12: Rule \`rules.retext-no-such-check\`: Cannot find package \`retext-no-such-check\` from ${root} (install it with \`npm i -D retext-no-such-check\`)`,
    );
  });

  it('names command-line rule settings as coming from --rule', async () => {
    const unknown = await resolveText('{}', { ruleOverrides: { 'repeat-words': 'error' } });
    await expectConfigError(unknown.pending, '--rule: Unknown rule `repeat-words` (did you mean `repeated-words`?)');
    const severity = await resolveText('{}', { ruleOverrides: { readability: 'err' as 'error' } });
    await expectConfigError(severity.pending, '--rule: Unknown severity `err` for `readability` (did you mean `error`?)');
  });

  it('names an unreadable config file', async () => {
    const root = await makeProject({});
    const missing = join(root, 'nope.json');
    await expectConfigError(resolveConfig('story.txt', { cwd: root, configFile: 'nope.json' }), `${missing}: Cannot read config file: no such file`);
  });

  it('loadConfigFile returns the checked config and locates its keys', async () => {
    const root = await makeProject({ '.textlintrc.json': '{\n  "rules": {\n    "readability": {"age": 15}\n  }\n}' });
    const loaded = loadConfigFile(join(root, '.textlintrc.json'));
    expect(loaded.config).toEqual({ rules: { readability: { age: 15 } } });
    expect(loaded.locate(['rules', 'readability', 'age'])).toEqual({ line: 3, column: 21 });
  });
});
