import { describe, expect, it } from 'vitest';
import { ruleHalf } from '../../bench/grammar/rule-halves.js';

describe('ruleHalf', () => {
  it('puts a rule in the same half every time', () => {
    expect(ruleHalf('SOME_RULE_ID')).toBe(ruleHalf('SOME_RULE_ID'));
  });

  it('splits many rule ids into two halves of similar size', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `RULE_${i}`);
    const inA = ids.filter((id) => ruleHalf(id) === 'A').length;
    expect(inA).toBeGreaterThan(150);
    expect(inA).toBeLessThan(250);
  });
});
