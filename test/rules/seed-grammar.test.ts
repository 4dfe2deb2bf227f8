import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import type { Diagnostic } from '../../src/engine/types.js';
import { GRAMMAR_RULE_IDS } from '../../bench/grammar-rules/rule-set.js';
import { builtinRules } from '../../rules/index.js';

const SEED = readFileSync(join(import.meta.dirname, '..', '..', 'seeds', 'kim-jong-un-china-visit.txt'), 'utf8');
// Every grammar rule the bench measures, so a new rule is held to the seed's clean lines too.
const GRAMMAR_RULES = GRAMMAR_RULE_IDS;

function grammarConfig(): ResolvedConfig {
  const rules = new Map(GRAMMAR_RULES.map((id) => {
    const rule = builtinRules[id]!;
    return [id, { rule, severity: rule.meta.severity, options: { ...rule.meta.defaults }, source: 'newslint' }] as const;
  }));
  return { rules, filters: { comments: true, allowlist: [] }, files: [] };
}

describe('grammar rules on the seed article', () => {
  let diagnostics: Diagnostic[] = [];
  const onLine = (line: number) => diagnostics.filter((d) => d.line === line);
  const flagged = (line: number) => onLine(line).map((d) => `${d.ruleId} “${SEED.slice(d.offset, d.endOffset)}” → ${JSON.stringify(d.expected)}${d.safe ? ' safe' : ''}`);

  beforeAll(async () => {
    diagnostics = (await lint(SEED, { config: grammarConfig(), format: 'text' })).diagnostics;
  });

  it('line 11: "March past year" is a spun "last year", fixed unattended', () => {
    expect(flagged(11)).toEqual(['spun-time-idiom “past year” → ["last year"] safe']);
  });

  it('line 13: "for the ease harsh sanctions" wants "to ease"', () => {
    expect(flagged(13)).toEqual(['determiner-before-verb “for the ease” → ["to ease"]']);
  });

  it('line 26: "The main priorities for the research is" agrees across the prepositional phrase', () => {
    expect(flagged(26)).toEqual(['subject-verb-agreement “is” → ["are"]']);
  });

  it('line 38: "both" before three items', () => {
    expect(flagged(38)).toEqual(['both-with-many “both ” → [""]']);
  });

  it('leaves the clean lines alone', () => {
    for (const line of [5, 7, 15, 17, 19, 21, 42]) expect(flagged(line), `line ${line}`).toEqual([]);
  });
});
