import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import type { Diagnostic } from '../../src/engine/types.js';
import { HARPER_RULES } from '../../src/grammar/harper-rules.js';
import { builtinRules } from '../../rules/index.js';

const SEED = readFileSync(join(import.meta.dirname, '..', '..', 'seeds', 'kim-jong-un-china-visit.txt'), 'utf8');
const OWN_RULES = ['subject-verb-agreement', 'determiner-before-verb', 'spun-time-idiom', 'both-with-many', 'indefinite-article', 'confused-word'];
const LAYER = [...OWN_RULES, ...new Set(Object.values(HARPER_RULES))];

function layerConfig(): ResolvedConfig {
  const rules = new Map(
    LAYER.map((id) => {
      const rule = builtinRules[id]!;
      return [id, { rule, severity: rule.meta.severity, options: { ...rule.meta.defaults }, source: 'newslint' }] as const;
    }),
  );
  return { rules, filters: { comments: true, allowlist: [] }, files: [] };
}

// The whole grammar layer, Harper included, on the seed: the lines keep their one right
// diagnostic, and Harper adds nothing to the lines that must stay clean.
describe('the grammar layer on the seed article', { timeout: 60_000 }, () => {
  let diagnostics: Diagnostic[] = [];
  const rulesOn = (line: number) => diagnostics.filter((d) => d.line === line).map((d) => d.ruleId);

  beforeAll(async () => {
    diagnostics = (await lint(SEED, { config: layerConfig(), format: 'text' })).diagnostics;
  }, 60_000);

  it('runs without a crashed rule', () => {
    expect(diagnostics.filter((d) => d.messageId === 'rule-crashed')).toEqual([]);
  });

  it.each([
    [11, 'spun-time-idiom'],
    [13, 'determiner-before-verb'],
    [26, 'subject-verb-agreement'],
    [38, 'both-with-many'],
  ])('line %i gets exactly one diagnostic, from %s, with a suggestion', (line, ruleId) => {
    expect(rulesOn(line)).toEqual([ruleId]);
    expect(diagnostics.find((d) => d.line === line)!.expected.length).toBeGreaterThan(0);
  });

  it.each([5, 7, 15, 17, 19, 21, 42])('line %i gets none', (line) => {
    expect(rulesOn(line)).toEqual([]);
  });
});
