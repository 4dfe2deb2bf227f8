import { describe, expect, it } from 'vitest';
import { chooseLints, type ChoiceBudget } from '../../bench/grammar/lint-choice.js';
import { emptyEvidence, type LintEvidence, type LintRecord } from '../../bench/grammar/lint-evidence.js';

/** Evidence over 10 Harper and 10 LanguageTool examples of each kind, and 10,000 words of news. */
function evidenceOf(lints: Record<string, { caught?: number[]; falseAlarms?: number[]; news?: number }>): LintEvidence {
  const evidence = emptyEvidence();
  evidence.totals = { harper: { errors: 10, correct: 10 }, languagetool: { errors: 10, correct: 10 } };
  evidence.newsWords = { bbc: 10_000, web: 0 };
  for (const [name, { caught = [], falseAlarms = [], news = 0 }] of Object.entries(lints)) {
    const record: LintRecord = {
      kinds: new Set(['Grammar']),
      caught: { harper: caught, languagetool: [] },
      falseAlarms: { harper: falseAlarms, languagetool: [] },
      news: { bbc: news, web: 0 },
      newsSamples: [],
    };
    evidence.lints.set(name, record);
  }
  return evidence;
}

const budget: ChoiceBudget = {
  falseAlarmRate: { harper: 0.2, languagetool: 0.2 },
  newsPerThousandWords: 0.3,
  catchesPerFalseAlarm: 1,
  newsFindingWeight: 1,
};

const names = (evidence: LintEvidence, taken: string[] = []) =>
  chooseLints(evidence, [...evidence.lints.keys()], budget, taken).steps.map((step) => step.name);

describe('chooseLints', () => {
  it('takes free catches first and leaves out lints that add nothing at a cost', () => {
    const evidence = evidenceOf({ Free: { caught: [1, 2] }, Costly: { caught: [3, 4, 5], falseAlarms: [1] }, CoveredNoisy: { caught: [1], news: 1 } });
    expect(names(evidence)).toEqual(['Free', 'Costly']);
    expect(chooseLints(evidence, [...evidence.lints.keys()], budget).leftOut.get('CoveredNoisy')).toBe('adds no catch');
  });

  it('takes lints that cost nothing last, even when other lints catch the same slips', () => {
    const evidence = evidenceOf({ Free: { caught: [1, 2] }, Covered: { caught: [1] }, Silent: {} });
    expect(names(evidence)).toEqual(['Free', 'Covered', 'Silent']);
  });

  it('keeps within the false-alarm and news budgets', () => {
    const evidence = evidenceOf({ Noisy: { caught: [1, 2, 3], falseAlarms: [1, 2, 3] }, Newsy: { caught: [4, 5, 6, 7], news: 4 }, Quiet: { caught: [8], news: 1 } });
    // Two flagged sentences and three news findings are the limits.
    expect(names(evidence)).toEqual(['Quiet']);
  });

  it('asks each false alarm to buy enough catches', () => {
    const evidence = evidenceOf({ Poor: { caught: [1], falseAlarms: [1], news: 1 } });
    expect(names(evidence)).toEqual([]);
    expect(chooseLints(evidence, ['Poor'], budget).leftOut.get('Poor')).toBe('1 catches for 2 false alarms');
  });

  it('takes lints read as real slips first, without charging their news findings', () => {
    const evidence = evidenceOf({ Real: { caught: [], news: 9 }, Other: { caught: [1, 2], news: 2 } });
    expect(names(evidence, ['Real'])).toEqual(['Real', 'Other']);
  });
});
