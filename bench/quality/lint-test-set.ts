import type { ResolvedConfig } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import type { Rule } from '../../src/engine/types.js';
import type { TestArticle } from './draft.js';

/** What the scorer keeps of a diagnostic. */
export interface Finding {
  ruleId: string;
  line: number;
  endLine: number;
  severity: string;
  message: string;
}

/** A config that runs exactly these rules at their default severity and options. */
function configFor(rules: readonly Rule[]): ResolvedConfig {
  return {
    rules: new Map(rules.map((rule) => [rule.meta.id, { rule, severity: rule.meta.severity, options: { ...rule.meta.defaults }, source: 'newslint' }])),
    filters: { comments: true, allowlist: [] },
    files: [],
  };
}

/** Lints every test article with the real engine; returns the findings per article and the time spent. */
export async function lintTestSet(tests: readonly TestArticle[], rules: readonly Rule[]): Promise<{ findings: Finding[][]; milliseconds: number }> {
  const config = configFor(rules);
  const started = performance.now();
  const findings: Finding[][] = [];
  for (const test of tests) {
    const result = await lint(test.text, { config, format: 'text', filePath: `${test.id}.txt` });
    findings.push(result.diagnostics.map(({ ruleId, line, endLine, severity, message }) => ({ ruleId, line, endLine, severity, message })));
  }
  return { findings, milliseconds: performance.now() - started };
}
