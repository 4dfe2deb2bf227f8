import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import type { Diagnostic } from '../../src/engine/types.js';
import { builtinRules } from '../../rules/index.js';

const SEED = readFileSync(join(import.meta.dirname, '..', '..', 'seeds', 'kim-jong-un-china-visit.txt'), 'utf8');
const STYLE_RULES = ['inconsistent-abbreviation', 'mixed-spelling'];

function styleConfig(options: Record<string, Record<string, unknown>> = {}): ResolvedConfig {
  const rules = new Map(STYLE_RULES.map((id) => {
    const rule = builtinRules[id]!;
    return [id, { rule, severity: rule.meta.severity, options: { ...rule.meta.defaults, ...options[id] }, source: 'newslint' }] as const;
  }));
  return { rules, filters: { comments: true, allowlist: [] }, files: [] };
}

function describeAll(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line} ${d.ruleId} “${SEED.slice(d.offset, d.endOffset)}” → ${JSON.stringify(d.expected)}${d.safe ? ' safe' : ''}`);
}

describe('house-style drift in the seed article', () => {
  let diagnostics: Diagnostic[] = [];

  beforeAll(async () => {
    diagnostics = (await lint(SEED, { config: styleConfig(), format: 'text' })).diagnostics;
  });

  it('reports the U.S./US/USA drift against the story’s majority form “US” (lines 32 and 36)', () => {
    expect(describeAll(diagnostics.filter((d) => d.ruleId === 'inconsistent-abbreviation'))).toEqual([
      '9 inconsistent-abbreviation “U.S.” → ["US","US."]',
      '28 inconsistent-abbreviation “USA” → ["US"]',
      '44 inconsistent-abbreviation “U.S.” → ["US"]',
    ]);
    expect(diagnostics.find((d) => d.ruleId === 'inconsistent-abbreviation')?.message).toBe('Unexpected “U.S.”, expected “US” as elsewhere in this story (US 3, U.S. 2, USA 1)');
  });

  it('reports the British spellings in a story mostly spelled the American way (Rumors, traveled, behavior)', () => {
    expect(describeAll(diagnostics.filter((d) => d.ruleId === 'mixed-spelling'))).toEqual([
      '9 mixed-spelling “denuclearising” → ["denuclearizing"]',
      '44 mixed-spelling “armour” → ["armor"]',
    ]);
    expect(diagnostics.find((d) => d.ruleId === 'mixed-spelling')?.message).toBe('British spelling “denuclearising” in a story otherwise written in American spelling (rumors, traveled, behavior)');
  });

  it('enforces a house style with safe fixes', async () => {
    const house = await lint(SEED, { config: styleConfig({ 'inconsistent-abbreviation': { preferred: { US: 'U.S.' } }, 'mixed-spelling': { variety: 'british' } }), format: 'text' });
    expect(describeAll(house.diagnostics)).toEqual([
      '15 mixed-spelling “Rumors” → ["Rumours"] safe',
      '28 inconsistent-abbreviation “USA” → ["U.S."] safe',
      '32 inconsistent-abbreviation “US” → ["U.S."] safe',
      '32 inconsistent-abbreviation “US” → ["U.S."] safe',
      '34 mixed-spelling “traveled” → ["travelled"] safe',
      '36 inconsistent-abbreviation “US.” → ["U.S."] safe',
      '46 mixed-spelling “behavior” → ["behaviour"] safe',
    ]);
  });
});
