import { describe, expect, it } from 'vitest';
import { harperKindsOf, HARPER_RULES } from '../../src/grammar/harper-rules.js';
import { NEVER_FOR_NEWS, NEVER_REPORTED_KINDS, NEWS_SELECTION, READ_AS_REAL_SLIPS } from '../../src/grammar/harper-selection.js';
import { builtinRules } from '../../rules/index.js';

describe('HARPER_RULES', () => {
  const ruleIds = [...new Set(Object.values(HARPER_RULES))];

  it('maps every reported Harper kind to a registered rule that is off in newslint:recommended', () => {
    for (const id of ruleIds) {
      expect(builtinRules[id], id).toBeDefined();
      expect(builtinRules[id]!.meta.recommended, id).toBe(false);
    }
  });

  it('leaves spelling, vocabulary enhancement and readability unreported', () => {
    for (const kind of NEVER_REPORTED_KINDS) expect(HARPER_RULES[kind], kind).toBeUndefined();
    expect(NEVER_REPORTED_KINDS).toEqual(expect.arrayContaining(['Spelling', 'Enhancement', 'Readability']));
  });

  it('lists the kinds of one rule', () => {
    expect(harperKindsOf('harper-style')).toEqual(['Style', 'Redundancy']);
    expect(harperKindsOf('no-such-rule')).toEqual([]);
  });
});

describe('NEWS_SELECTION', () => {
  const switchedOn = Object.entries(NEWS_SELECTION.lints).filter(([, on]) => on).map(([name]) => name);

  it('is an allow-list: every lint it does not name stays off', () => {
    expect(NEWS_SELECTION.others).toBe('off');
    expect(switchedOn.length).toBe(Object.keys(NEWS_SELECTION.lints).length);
  });

  it('never runs spelling, the serial comma or checks newslint makes itself', () => {
    for (const name of [...NEVER_FOR_NEWS, 'SpellCheck', 'OxfordComma', 'NoOxfordComma', 'AnA', 'RepeatedWords']) {
      expect(switchedOn, name).not.toContain(name);
    }
  });

  it('runs the lints read as real slips in news copy', () => {
    expect(switchedOn).toEqual(expect.arrayContaining([...READ_AS_REAL_SLIPS]));
  });

  it('reports exactly the kinds that have a rule', () => {
    expect(NEWS_SELECTION.kinds).toEqual(Object.keys(HARPER_RULES));
  });
});
