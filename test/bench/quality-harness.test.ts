import { describe, expect, it } from 'vitest';
import { buildTestSet } from '../../bench/quality/build-test-set.js';
import type { CorpusArticle } from '../../bench/quality/corpus.js';
import { writeDraft } from '../../bench/quality/draft.js';
import { injectors } from '../../bench/quality/injectors/index.js';
import { paragraphFromOtherCategory } from '../../bench/quality/injectors/paragraph-from-other-category.js';
import { scoreRules, precisionOf, falseAlarmsPer100 } from '../../bench/quality/score.js';
import { checkThresholds } from '../../bench/quality/thresholds.js';

const sentence = (topic: string, i: number) => `The ${topic} report number ${i} was published on Monday and it says a great deal about the ${topic} plans of the city council this year.`;
const article = (id: string, category: string, topic: string): CorpusArticle => ({
  id,
  split: 'dev',
  category,
  title: `${topic} news ${id}`,
  paragraphs: [1, 2, 3, 4].map((i) => sentence(topic, i)),
});
const corpus = [article('a', 'sport', 'football'), article('b', 'business', 'bank'), article('c', 'sport', 'tennis'), article('d', 'tech', 'phone')];

describe('writeDraft', () => {
  it('numbers lines with blank lines between blocks, and none after a tight block', () => {
    const { text, defects } = writeDraft([
      { text: 'Headline', headline: true },
      { text: 'Lede.' },
      { text: 'Stray headline', tight: true, defect: { injector: 'x', rule: 'stray-headline' } },
      { text: 'Stray paragraph.', defect: { injector: 'x', rule: 'off-topic-paragraph' } },
      { text: 'End.' },
    ]);
    expect(text).toBe('Headline\n\nLede.\n\nStray headline\nStray paragraph.\n\nEnd.\n');
    expect(defects.map((d) => [d.rule, d.startLine])).toEqual([['stray-headline', 5], ['off-topic-paragraph', 6]]);
  });
});

describe('buildTestSet', () => {
  const size = { perInjector: 3, clean: 2, seed: 5 };

  it('is deterministic for a seed', () => {
    expect(buildTestSet(corpus, injectors, size)).toEqual(buildTestSet(corpus, injectors, size));
  });

  it('plants another category’s paragraph after the lede and records its line', () => {
    for (const test of buildTestSet(corpus, [paragraphFromOtherCategory], { ...size, clean: 0 })) {
      const [defect] = test.defects;
      const host = corpus.find((candidate) => candidate.id === test.hostId)!;
      const planted = test.text.split('\n')[defect.startLine - 1];
      expect(defect.startLine).toBeGreaterThan(3);
      expect(planted).not.toContain(host.title!.split(' ')[0]);
    }
  });
});

describe('scoring and thresholds', () => {
  const tests = [
    { id: 't1', hostId: 'a', injector: 'inj', text: '', defects: [{ injector: 'inj', rule: 'r', startLine: 5, endLine: 5 }] },
    { id: 't2', hostId: 'b', injector: 'inj', text: '', defects: [{ injector: 'inj', rule: 'r', startLine: 7, endLine: 7 }] },
    { id: 'c1', hostId: 'c', injector: undefined, text: '', defects: [] },
  ];
  const finding = (line: number) => ({ ruleId: 'r', line, endLine: line, severity: 'error', message: '' });
  const [score] = scoreRules(tests, [[finding(5), finding(9)], [], [finding(3)]], ['r']);

  it('counts recall per injection type, precision over all findings and false alarms on clean articles', () => {
    expect(score.recall.get('inj')).toEqual({ caught: 1, planted: 2 });
    expect(precisionOf(score)).toBeCloseTo(1 / 3);
    expect(falseAlarmsPer100(score)).toBe(100);
  });

  it('lists every threshold a rule misses', () => {
    expect(checkThresholds([score], { r: { recall: { inj: 0.4, other: 0.5 }, precision: 0.9, maxFalseAlarmsPer100Clean: 5 } })).toEqual([
      'r: no other defects were planted',
      'r: precision 0.33 < 0.90',
      'r: 100.0 false alarms per 100 clean articles > 5',
    ]);
  });
});
