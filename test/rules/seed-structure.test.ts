import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import type { Diagnostic } from '../../src/engine/types.js';
import { fixSpanOf } from '../../src/fix/fix-span.js';
import { builtinRules } from '../../rules/index.js';

const SEED = readFileSync(join(import.meta.dirname, '..', '..', 'seeds', 'kim-jong-un-china-visit.txt'), 'utf8');
const STRUCTURE_RULES = ['dangling-fragment', 'boilerplate-residue', 'unattributed-quote', 'unintroduced-speaker'];

function structureConfig(): ResolvedConfig {
  const rules = new Map(STRUCTURE_RULES.map((id) => {
    const rule = builtinRules[id]!;
    return [id, { rule, severity: rule.meta.severity, options: { ...rule.meta.defaults }, source: 'newslint' }] as const;
  }));
  return { rules, filters: { comments: true, allowlist: [] }, files: [] };
}

describe('copy-structure rules on the seed article', () => {
  let diagnostics: Diagnostic[] = [];
  const flagged = (line: number) => diagnostics.filter((d) => d.line === line).map((d) => `${d.ruleId} “${SEED.slice(d.offset, d.endOffset).trim()}”`);

  beforeAll(async () => {
    diagnostics = (await lint(SEED, { config: structureConfig(), format: 'text' })).diagnostics;
  });

  it('line 3: the share bar is page chrome, deleted with the blank line after it', () => {
    expect(flagged(3)).toEqual(['boilerplate-residue “Adjust Comment Print”']);
    const [chrome] = diagnostics.filter((d) => d.line === 3);
    expect(chrome.expected).toEqual(['']);
    expect(chrome.safe).toBe(true);
    const deleted = fixSpanOf(chrome);
    expect(SEED.slice(0, deleted.offset) + SEED.slice(deleted.endOffset)).toMatch(/Kim Jong Un\n\nSouth Korean presidential spokesman/);
  });

  it('line 38: "Providing the bulk…" is a participle fragment cut off the sentence before', () => {
    expect(flagged(38)).toEqual(["dangling-fragment “. Providing the bulk of both North Korea's diplomatic support, trade and aid.”"]);
    expect(diagnostics.find((d) => d.line === 38)?.message).toContain('it probably belongs to the sentence before (“…to reveal its contents”)');
  });

  it('line 40: "the MP" was never introduced', () => {
    expect(flagged(40)).toEqual(['unintroduced-speaker “the MP”']);
  });

  it('line 46: the closing quotation has no speaker', () => {
    expect(flagged(46)).toEqual(['unattributed-quote “Their behavior has demonstrated that as well and we appreciate that”']);
  });

  it('flags nothing else, and nothing on the lines about Kim’s trip', () => {
    for (const line of [5, 7, 9, 15, 17, 19, 21, 23, 30, 34, 36, 42]) expect(flagged(line), `line ${line}`).toEqual([]);
    expect(diagnostics.map((d) => d.line)).toEqual([3, 38, 40, 46]);
  });
});
