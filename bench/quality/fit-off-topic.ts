/**
 * Refits the off-topic model's weights on the dev split: plants paragraphs with the harness's injectors
 * (with a seed of its own, so the evaluation sample is not the training sample), measures every judged
 * paragraph with the real document model, and fits a logistic regression. Prints the weights to paste
 * into src/model/off-topic-model.ts.
 *
 *   node dist/bench/quality/fit-off-topic.js --corpus ../shared/corpora [--per-injector 600] [--clean 600]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDocument } from '../../src/engine/lint.js';
import { FEATURE_NAMES, offTopicFeatures } from '../../src/model/off-topic-model.js';
import { paragraphCohesion } from '../../src/model/paragraph-cohesion.js';
import { buildTestSet } from './build-test-set.js';
import { readNewsArticles } from './corpus.js';
import { injectors } from './injectors/index.js';
import { fitLogisticRegression } from './logistic-regression.js';

const RULE = 'off-topic-paragraph';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    'per-injector': { type: 'string', default: '600' },
    clean: { type: 'string', default: '600' },
    seed: { type: 'string', default: '1001' },
    l2: { type: 'string', default: '1' },
    csv: { type: 'string' },
  },
});
if (!values.corpus) throw new Error('usage: node dist/bench/quality/fit-off-topic.js --corpus <folder>');

const articles = readNewsArticles(values.corpus, 'dev');
const targeting = injectors.filter((injector) => injector.rules.includes(RULE));
const tests = buildTestSet(articles, targeting, { perInjector: Number(values['per-injector']), clean: Number(values.clean), seed: Number(values.seed) });

const rows: number[][] = [];
const labels: number[] = [];
const kinds: string[] = [];
for (const test of tests) {
  const document = parseDocument(test.text, { format: 'text' });
  for (const { paragraph, evidence } of paragraphCohesion(document)) {
    const line = document.positionOf(paragraph.start).line;
    const defect = test.defects.find((d) => d.rule === RULE && d.startLine <= line && line <= d.endLine);
    rows.push(offTopicFeatures(evidence));
    labels.push(defect ? 1 : 0);
    kinds.push(defect ? defect.injector : test.injector === undefined ? 'clean' : 'host');
  }
}

const weights = fitLogisticRegression(rows, labels, Number(values.l2));
const score = (row: number[]) => 1 / (1 + Math.exp(-row.reduce((z, value, j) => z + weights[j + 1] * value, weights[0])));
const scores = rows.map(score);
console.log(`${rows.length} judged paragraphs, ${labels.filter(Boolean).length} planted`);
console.log(`AUC ${auc(scores, labels).toFixed(4)}`);
for (const threshold of [0.3, 0.5, 0.7, 0.9]) {
  const flagged = scores.map((s) => s >= threshold);
  const byKind = new Map<string, [number, number]>();
  kinds.forEach((kind, i) => {
    const [hit, all] = byKind.get(kind) ?? [0, 0];
    byKind.set(kind, [hit + (flagged[i] ? 1 : 0), all + 1]);
  });
  console.log(`p >= ${threshold}: ` + [...byKind].map(([kind, [hit, all]]) => `${kind} ${hit}/${all}`).join(', '));
}
// The operating point that matters: the lowest threshold keeping clean articles under 5 alarms per 100.
const cleanScores = scores.filter((_, i) => kinds[i] === 'clean').sort((a, b) => b - a);
const cleanArticles = tests.filter((test) => test.injector === undefined).length;
const budget = cleanScores[Math.floor(cleanArticles * 0.05)] ?? 0;
const recallAt = (kind: string) => {
  const own = scores.filter((_, i) => kinds[i] === kind);
  return (own.filter((s) => s > budget).length / own.length).toFixed(3);
};
console.log(`at 5 per 100 clean (p > ${budget.toFixed(3)}): ` + [...new Set(kinds)].map((kind) => `${kind} ${recallAt(kind)}`).join(', '));
console.log(`export const WEIGHTS = [${weights.map((w) => Number(w.toFixed(3))).join(', ')}];`);
console.log(['intercept', ...FEATURE_NAMES].map((name, i) => `  ${name}: ${weights[i].toFixed(3)}`).join('\n'));
if (values.csv) writeFileSync(values.csv, [['label', 'kind', ...FEATURE_NAMES].join(','), ...rows.map((row, i) => [labels[i], kinds[i], ...row.map((v) => v.toFixed(4))].join(','))].join('\n') + '\n');

function auc(values: number[], truth: number[]): number {
  const order = values.map((value, i) => [value, truth[i]] as const).sort((a, b) => a[0] - b[0]);
  let positives = 0;
  let rankSum = 0;
  order.forEach(([, label], rank) => {
    if (label) {
      positives++;
      rankSum += rank + 1;
    }
  });
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
