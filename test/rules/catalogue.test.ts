import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintWith } from '../rule-tester.js';

const ROOT = join(import.meta.dirname, '..', '..');
const HEADINGS = ['Rule details', 'Examples', 'Options', 'Messages', 'When not to use it', 'References'];

function frontMatter(doc: string): Record<string, string> {
  const block = doc.match(/^---\n([^]*?)\n---\n/)?.[1] ?? '';
  const entries = block.split('\n').map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim().replace(/^["']|["']$/g, '')];
  });
  return Object.fromEntries(entries);
}

function examples(doc: string, label: 'incorrect' | 'correct'): string[] {
  return [...doc.matchAll(new RegExp('```text ' + label + '\\n([^]*?)```', 'g'))].map((match) => match[1]);
}

describe('rule catalogue', () => {
  const files = readdirSync(join(ROOT, 'rules')).filter((file) => file.endsWith('.ts') && file !== 'index.ts');

  it('registers every rule file under the id it declares', () => {
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(Object.keys(builtinRules).sort());
    for (const [id, rule] of Object.entries(builtinRules)) expect(rule.meta.id).toBe(id);
  });

  for (const [id, rule] of Object.entries(builtinRules)) {
    describe(id, () => {
      const docPath = join(ROOT, 'rules', `${id}.md`);
      const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';

      it('has a doc, a test and a kebab-case id', () => {
        expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(existsSync(docPath), `rules/${id}.md`).toBe(true);
        expect(existsSync(join(ROOT, 'test', 'rules', `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
      });

      it('has front matter matching its meta and the headings in order', () => {
        const front = frontMatter(doc);
        expect(front).toMatchObject({ id, kind: rule.meta.kind, severity: rule.meta.severity, fixable: String(rule.meta.fixable), description: rule.meta.description });
        const headings = [...doc.matchAll(/^## (.+)$/gm)].map((match) => match[1].trim());
        expect(headings).toEqual(HEADINGS);
        for (const messageId of Object.keys(rule.meta.messages)) expect(doc, `message ${messageId} documented`).toContain(messageId);
        for (const option of Object.keys(rule.meta.schema)) expect(doc, `option ${option} documented`).toContain(option);
      });

      it('is triggered by each incorrect example and quiet on each correct one', async () => {
        const incorrect = examples(doc, 'incorrect');
        const correct = examples(doc, 'correct');
        expect(incorrect.length, 'at least one incorrect example').toBeGreaterThan(0);
        expect(correct.length, 'at least one correct example').toBeGreaterThan(0);
        for (const text of incorrect) expect((await lintWith(rule, text)).length, text).toBeGreaterThan(0);
        for (const text of correct) expect((await lintWith(rule, text)).map((d) => d.message), text).toEqual([]);
      });
    });
  }
});
