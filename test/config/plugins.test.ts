import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeConfig, resolveConfig } from '../../src/config/index.js';
import { lint } from '../../src/engine/lint.js';
import { expectConfigError } from './expect-config-error.js';

// The fixture folder holds node_modules/newslint-plugin-example, a real plain-JS plugin package.
const fixtures = fileURLToPath(new URL('../fixtures/plugins/', import.meta.url));

describe('plugins', () => {
  it('loads newslint-plugin-<name> from the config folder and addresses its rules as <name>/<rule-id>', async () => {
    const config = await resolveConfig(join(fixtures, 'story.txt'));
    const active = config.rules.get('example/exclamation-mark');
    expect(active).toMatchObject({ source: 'newslint-plugin-example', severity: 'error', options: { allowed: 1 } });
    expect(active?.rule.meta.id).toBe('example/exclamation-mark');
    expect(describeConfig(config).rules['example/exclamation-mark']).toEqual({ severity: 'error', options: { allowed: 1 }, source: 'newslint-plugin-example' });
  });

  it("runs the plugin's rule through the engine", async () => {
    const filePath = join(fixtures, 'story.txt');
    const text = 'Markets rallied! Traders cheered! The index closed higher.';
    const result = await lint(text, { filePath, config: await resolveConfig(filePath) });
    const found = result.diagnostics.filter((d) => d.ruleId === 'example/exclamation-mark');
    expect(found.map((d) => [d.offset, d.severity, d.source, d.message, d.expected])).toEqual([
      [32, 'error', 'newslint-plugin-example', 'Unexpected `!` in news copy, expected `.`', ['.']],
    ]);
  });

  it("checks plugin rule options against the plugin's schema", async () => {
    const configFile = join(fixtures, 'bad-options/.textlintrc.json');
    await expectConfigError(
      resolveConfig(join(fixtures, 'bad-options/story.txt')),
      `${configFile}:1:65: Invalid value at \`rules.example/exclamation-mark.allowed\`: -1 is below the minimum 0`,
    );
  });

  it('suggests the nearest rule of a loaded plugin', async () => {
    const configFile = join(fixtures, 'misspelt/.textlintrc.json');
    await expectConfigError(
      resolveConfig(join(fixtures, 'misspelt/story.txt')),
      `${configFile}:1:36: Unknown rule \`rules.example/exclamation-marks\` (did you mean \`example/exclamation-mark\`?)`,
    );
  });
});
