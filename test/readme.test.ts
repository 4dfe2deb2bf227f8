import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearConfigCache, resolveConfig } from '../src/config/index.js';
import { lint } from '../src/index.js';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

function block(info: string): string {
  const match = README.match(new RegExp('```' + info + '\\n([^]*?)```'));
  if (!match) throw new Error(`README has no \`\`\`${info} block`);
  return match[1];
}

function tempProject(): string {
  clearConfigCache();
  return mkdtempSync(join(tmpdir(), 'newslint-readme-'));
}

describe('README examples', () => {
  it('the configuration example resolves, and its override applies to wire copy only', async () => {
    const folder = tempProject();
    writeFileSync(join(folder, '.textlintrc.json'), block('json config'));
    const story = await resolveConfig(join(folder, 'story.txt'), {});
    const wire = await resolveConfig(join(folder, 'wires', 'ap', 'item.txt'), {});
    expect(story.rules.get('readability')).toMatchObject({ severity: 'info', options: { minWords: 35 } });
    expect(story.rules.has('repeated-words')).toBe(false);
    expect(wire.rules.has('readability')).toBe(false);
    expect(story.filters.allowlist).toEqual(['Kim Jong Un', '/^U\\.S\\.$/']);
  });

  it('the plugin example loads from node_modules and reports with its suggestion', async () => {
    const folder = tempProject();
    const pluginFolder = join(folder, 'node_modules', 'newslint-plugin-house');
    mkdirSync(pluginFolder, { recursive: true });
    writeFileSync(join(pluginFolder, 'package.json'), JSON.stringify({ name: 'newslint-plugin-house', type: 'module', main: 'index.js' }));
    writeFileSync(join(pluginFolder, 'index.js'), block('js plugin'));
    writeFileSync(join(folder, '.textlintrc.json'), block('json plugin-config'));
    const filePath = join(folder, 'story.txt');
    const { diagnostics } = await lint('Council plan\n\nOfficials will utilize the old depot for buses.', { filePath });
    const found = diagnostics.filter((d) => d.ruleId === 'house/no-utilize');
    expect(found.map((d) => [d.line, d.column, d.severity, d.message, d.expected, d.source])).toEqual([
      [3, 16, 'error', 'Unexpected `utilize`, expected `use`', ['use'], 'newslint-plugin-house'],
    ]);
  });
});
