import { describe, expect, it } from 'vitest';
import { harperKindsOf, HARPER_RULES } from '../../src/grammar/harper-rules.js';
import { builtinRules } from '../../rules/index.js';

describe('HARPER_RULES', () => {
  const ruleIds = [...new Set(Object.values(HARPER_RULES))];

  it('maps every reported Harper kind to a registered rule that is off in newslint:recommended', () => {
    for (const id of ruleIds) {
      expect(builtinRules[id], id).toBeDefined();
      expect(builtinRules[id]!.meta.recommended, id).toBe(false);
    }
  });

  it('leaves spelling, style and house-style kinds unreported', () => {
    for (const kind of ['Spelling', 'Style', 'Enhancement', 'Formatting', 'Regionalism', 'Capitalization', 'Redundancy', 'Readability']) {
      expect(HARPER_RULES[kind], kind).toBeUndefined();
    }
  });

  it('lists the kinds of one rule', () => {
    expect(harperKindsOf('harper-punctuation')).toEqual(['Punctuation']);
    expect(harperKindsOf('no-such-rule')).toEqual([]);
  });
});
