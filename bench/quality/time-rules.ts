/**
 * Times rules on real articles once the document model exists: each article is parsed first, then only
 * the rule run is timed (shared analyses a rule triggers, like paragraph cohesion, count as its cost).
 * A fresh document per rule, so no rule profits from another's cached analysis. Times are CPU time.
 *
 *   node dist/bench/quality/time-rules.js --corpus ../shared/corpora [--rules off-topic-paragraph] [--articles 300]
 */
import { parseArgs } from 'node:util';
import { builtinRules } from '../../rules/index.js';
import type { ActiveRule } from '../../src/config/types.js';
import { parseDocument } from '../../src/engine/lint.js';
import { runRules } from '../../src/engine/run-rules.js';
import { readNewsArticles, type Split } from './corpus.js';
import { draftOf, writeDraft } from './draft.js';
import { Random } from './random.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    split: { type: 'string', default: 'dev' },
    rules: { type: 'string', default: 'off-topic-paragraph,stray-headline' },
    articles: { type: 'string', default: '300' },
  },
});
if (!values.corpus) throw new Error('usage: node dist/bench/quality/time-rules.js --corpus <folder>');

const texts = new Random(7)
  .shuffle(readNewsArticles(values.corpus, values.split as Split))
  .slice(0, Number(values.articles))
  .map((article) => writeDraft(draftOf(article)).text);
const ruleIds = values.rules.split(',');

for (const id of ruleIds) {
  const rule = builtinRules[id];
  if (!rule) throw new Error(`unknown rule: ${id}`);
  const active = new Map<string, ActiveRule>([[id, { rule, severity: rule.meta.severity, options: { ...rule.meta.defaults }, source: 'newslint' }]]);
  // A full untimed round first, so that lazy tables (word frequencies) and JIT compilation are not charged to the
  // rule that happens to be timed first.
  for (const text of texts) await runRules(parseDocument(text, { format: 'text' }), active);
  let words = 0;
  let milliseconds = 0;
  let slowest = 0;
  for (const text of texts) {
    const document = parseDocument(text, { format: 'text' });
    // CPU time, not wall time: the bench must mean the same on a machine shared with other jobs.
    const started = process.cpuUsage();
    await runRules(document, active);
    const used = process.cpuUsage(started);
    const spent = (used.user + used.system) / 1000;
    milliseconds += spent;
    words += document.words.length;
    slowest = Math.max(slowest, spent);
  }
  console.log(`${id}: ${((1000 * milliseconds) / words).toFixed(3)} ms of CPU per 1,000 words over ${texts.length} articles (${words} words); slowest article ${slowest.toFixed(1)} ms`);
}
