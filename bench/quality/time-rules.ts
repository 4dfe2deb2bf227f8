/**
 * Times rules on real articles once the document model exists: each article is parsed first, then only
 * the rule run is timed (shared analyses a rule triggers, like paragraph cohesion, count as its cost).
 * A fresh document per rule, so no rule profits from another's cached analysis.
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
  // One warm-up pass so that lazy tables (word frequencies) and JIT compilation are not charged per article.
  await runRules(parseDocument(texts[0], { format: 'text' }), active);
  let words = 0;
  let milliseconds = 0;
  let slowest = 0;
  for (const text of texts) {
    const document = parseDocument(text, { format: 'text' });
    const started = performance.now();
    await runRules(document, active);
    const spent = performance.now() - started;
    milliseconds += spent;
    words += document.words.length;
    slowest = Math.max(slowest, spent);
  }
  console.log(`${id}: ${((1000 * milliseconds) / words).toFixed(3)} ms per 1,000 words over ${texts.length} articles (${words} words); slowest article ${slowest.toFixed(1)} ms`);
}
