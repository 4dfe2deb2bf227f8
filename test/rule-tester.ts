import { describe, expect, it } from 'vitest';
import { StoryArchive } from '../src/archive/story-archive.js';
import type { ResolvedConfig } from '../src/config/types.js';
import { lint } from '../src/engine/lint.js';
import type { Diagnostic, Rule } from '../src/engine/types.js';
import { fixSpanOf } from '../src/fix/fix-span.js';
import type { SourceFormat } from '../src/model/document.js';

/** A text the rule must leave alone; `archive` holds other stories' texts, indexed with it for `context.recurringLines`. */
export type ValidCase = string | { text: string; options?: Record<string, unknown>; format?: SourceFormat; archive?: string[] };

/** A text the rule must flag, where (`at: 'line:col-line:col'`), and how the first suggestions read once applied. */
export interface InvalidCase {
  text: string;
  options?: Record<string, unknown>;
  format?: SourceFormat;
  /** Other stories' texts, indexed with this one so that the rule sees its recurring lines. */
  archive?: string[];
  errors: Array<{ messageId: string; at?: string; data?: Record<string, string> }>;
  /** The text after each diagnostic's first suggestion is applied; omit when there are none. */
  output?: string;
}

/** Builds a config that runs just this rule, with options checked against its schema. */
export function configFor(rule: Rule, options: Record<string, unknown> = {}): ResolvedConfig {
  for (const key of Object.keys(options)) {
    if (!(key in rule.meta.schema)) throw new Error(`invalid option "${key}" for ${rule.meta.id}`);
  }
  return {
    rules: new Map([[rule.meta.id, { rule, severity: rule.meta.severity, options: { ...rule.meta.defaults, ...options }, source: 'newslint' }]]),
    filters: { comments: true, allowlist: [] },
    files: [],
  };
}

/** Lints a text with just one rule, through the real engine; `archive` texts are indexed as other stories beside it. */
export async function lintWith(rule: Rule, text: string, options?: Record<string, unknown>, format: SourceFormat = 'text', archive?: readonly string[]): Promise<Diagnostic[]> {
  const result = await lint(text, { config: configFor(rule, options), format, recurringLines: archive && recurringLinesOf(text, archive) });
  return result.diagnostics;
}

function recurringLinesOf(text: string, others: readonly string[]) {
  const archive = new StoryArchive();
  archive.add('case', text);
  others.forEach((other, i) => archive.add(`archive-${i}`, other));
  return archive.recurringLines('case', text);
}

/** Applies the first suggestion of each diagnostic, skipping any that overlaps one already applied. */
export function applyFirstSuggestions(text: string, diagnostics: Diagnostic[]): string {
  let output = '';
  let cursor = 0;
  const withSpans = diagnostics.map((diagnostic) => ({ diagnostic, span: fixSpanOf(diagnostic) }));
  for (const { diagnostic, span } of withSpans.sort((a, b) => a.span.offset - b.span.offset)) {
    if (diagnostic.expected.length === 0 || span.offset < cursor) continue;
    output += text.slice(cursor, span.offset) + diagnostic.expected[0];
    cursor = span.endOffset;
  }
  return output + text.slice(cursor);
}

function spanOf(diagnostic: Diagnostic): string {
  return `${diagnostic.line}:${diagnostic.column}-${diagnostic.endLine}:${diagnostic.endColumn}`;
}

/** Declares vitest cases for one rule, checking the cases themselves as ESLint's RuleTester does. */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const { meta } = rule;
  describe(meta.id, () => {
    it('has unique cases whose message ids exist', () => {
      const texts = [...cases.valid.map((entry) => (typeof entry === 'string' ? entry : entry.text)), ...cases.invalid.map((entry) => entry.text)];
      expect(new Set(texts).size, 'duplicate test case').toBe(texts.length);
      for (const entry of cases.invalid) for (const error of entry.errors) expect(Object.keys(meta.messages)).toContain(error.messageId);
    });

    for (const entry of cases.valid) {
      const text = typeof entry === 'string' ? entry : entry.text;
      it(`valid: ${text.slice(0, 60)}`, async () => {
        const diagnostics = typeof entry === 'string' ? await lintWith(rule, text) : await lintWith(rule, text, entry.options, entry.format, entry.archive);
        expect(diagnostics.map((d) => `${spanOf(d)} ${d.message}`)).toEqual([]);
      });
    }

    for (const entry of cases.invalid) {
      it(`invalid: ${entry.text.slice(0, 60)}`, async () => {
        const diagnostics = await lintWith(rule, entry.text, entry.options, entry.format, entry.archive);
        expect(diagnostics.filter((d) => d.messageId === 'rule-crashed').map((d) => d.message)).toEqual([]);
        expect(diagnostics.map((d) => d.messageId)).toEqual(entry.errors.map((error) => error.messageId));
        entry.errors.forEach((error, i) => {
          if (error.at) expect(spanOf(diagnostics[i])).toBe(error.at);
          for (const value of Object.values(error.data ?? {})) expect(diagnostics[i].message).toContain(value);
        });
        for (const diagnostic of diagnostics) {
          if (diagnostic.safe) expect(meta.fixable, 'a safe fix from a rule that is not fixable').toBe(true);
        }
        const hasSuggestions = diagnostics.some((d) => d.expected.length > 0);
        if (entry.output !== undefined) expect(applyFirstSuggestions(entry.text, diagnostics)).toBe(entry.output);
        else expect(hasSuggestions, 'suggestions exist: give `output`').toBe(false);
      });
    }
  });
}
