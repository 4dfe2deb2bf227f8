import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { article, newslint, workspace } from './cli-harness.js';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// The official schema is draft-07, which is what Ajv's main class speaks; formats (uri, date-time) come from
// ajv-formats. Strict mode stays on except strictRequired: the schema's anyOf branches list required
// properties that are defined beside them, not inside, which is valid JSON Schema.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
(addFormatsPlugin as unknown as (ajv: Ajv) => void)(ajv);
const validate = ajv.compile(schema);

interface SarifLog {
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; shortDescription: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }> } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}

function sarifOf(folder: string, args: string[]): SarifLog {
  const run = newslint([...args, '--format', 'sarif'], { cwd: folder });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as SarifLog;
}

describe('--format sarif', () => {
  it('validates against the official SARIF 2.1.0 schema', () => {
    const folder = workspace({ 'news/harbour.txt': article('harbour.txt'), 'news/ferry.html': article('ferry.html'), 'news/library.md': article('library.md'), 'news/odd name #1.txt': 'They will utilise it.\n' });
    const log = sarifOf(folder, ['news']);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.runs[0].results.length).toBe(5);
  });

  it('also validates for a clean run, for standard input and with the built-in rules', () => {
    const folder = workspace({ 'clean.md': article('library.md'), 'story.txt': article('harbour.txt') });
    for (const args of [['clean.md'], ['--stdin'], ['story.txt', '--no-config']]) {
      const run = newslint([...args, '--format', 'sarif'], { cwd: folder, input: 'Officials will utilise the fund.\n' });
      expect(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('describes each active rule and points results at them', () => {
    const folder = workspace({ 'harbour.txt': article('harbour.txt') });
    const run = sarifOf(folder, ['harbour.txt']).runs[0];
    expect(run.tool.driver.name).toBe('newslint');
    expect(run.tool.driver.rules.map((rule) => [rule.id, rule.shortDescription.text, rule.defaultConfiguration.level])).toEqual([
      ['testkit/exit-on-marker', 'Exits when it sees EXIT-WORKER-NOW', 'error'],
      ['testkit/flag-word', 'Flags words from a list', 'error'],
      ['testkit/hedge', 'Flags unattributed hedges', 'warning'],
      ['testkit/year', 'Notes years', 'note'],
    ]);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(folder).href}/`);
    const [first] = run.results;
    expect(first).toMatchObject({ ruleId: 'testkit/flag-word', level: 'error', message: { text: 'Unexpected `utilise`, expected `use`' } });
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'harbour.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 49, endLine: 3, endColumn: 56 },
    });
    expect(run.results.map((result) => result.level)).toEqual(['error', 'warning', 'note']);
  });

  it('gives built-in rules a help URI', () => {
    const run = sarifOf(workspace({ 'a.md': article('library.md') }, { config: false }), ['a.md']).runs[0];
    expect(run.tool.driver.rules.length).toBeGreaterThan(0);
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(new RegExp(`/rules/${rule.id}\\.md$`));
  });

  it('keeps fingerprints when lines shift, and tells duplicates apart', () => {
    const text = 'Crews will utilise the dock.\n\nCrews will utilise the dock.\n';
    const before = sarifOf(workspace({ 'a.txt': text }), ['a.txt']).runs[0].results.map((result) => Object.values(result.partialFingerprints)[0]);
    const after = sarifOf(workspace({ 'a.txt': `Updated at noon.\n\n${text}` }), ['a.txt']).runs[0].results.map((result) => Object.values(result.partialFingerprints)[0]);
    expect(before).toHaveLength(2);
    expect(new Set(before).size).toBe(2);
    expect(after).toEqual(before);
  });
});
