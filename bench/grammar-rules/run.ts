import { parseArgs } from 'node:util';
import { lint } from '../../src/engine/lint.js';
import type { Diagnostic } from '../../src/engine/types.js';
import { loadGrammarExamples, type GrammarExample } from '../grammar/examples.js';
import { formatTable, type ReportRow } from '../grammar/report.js';
import { count, emptyTally, judge, type Outcome, type Tally } from '../grammar/score.js';
import { readBbcArticles, scoreNews } from './news-sample.js';
import { configForRules, GRAMMAR_RULE_IDS } from './rule-set.js';

const USAGE =
  'Usage: node dist/bench/grammar-rules/run.js --corpus <dir> [--split dev|holdout] [--rules a,b] [--articles 50] ' +
  '[--show missed|elsewhere|false-alarm|caught] [--source LT_RULE_REGEX] [--limit N]';
const CHECKER = 'newslint-rules';

/**
 * Measures newslint's own grammar rules alone: recall and false alarms on LanguageTool's and Harper's
 * example sentences (each linted on its own), and diagnostics per 1,000 words on clean BBC copy, with the
 * news diagnostics printed so a person can judge each.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      split: { type: 'string', default: 'dev' },
      rules: { type: 'string', default: GRAMMAR_RULE_IDS.join(',') },
      articles: { type: 'string', default: '50' },
      show: { type: 'string' },
      source: { type: 'string' },
      limit: { type: 'string', default: '60' },
    },
  });
  if (values.corpus === undefined) throw new Error(USAGE);
  if (values.split !== 'dev' && values.split !== 'holdout') throw new Error(`--split must be dev or holdout, not ${values.split}`);
  // Holdout failures must stay unread (corpora/README.md): only totals are printed for it.
  if (values.split === 'holdout' && (values.show !== undefined || values.source !== undefined)) {
    throw new Error('--show and --source work on the dev split only');
  }
  const ruleIds = values.rules.split(',');
  const config = configForRules(ruleIds);

  const examples = loadGrammarExamples(values.corpus, values.split);
  const started = performance.now();
  const findings: Diagnostic[][] = [];
  for (const example of examples) findings.push((await lint(example.text, { config, format: 'text' })).diagnostics);
  console.error(`${examples.length} sentences in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const outcomes = examples.map((example, i) => judge(example, findings[i]!.map(spanOf)));

  console.log(`newslint grammar rules (${ruleIds.join(', ')}), ${values.split} split, each sentence linted on its own\n`);
  console.log(formatTable(tally(examples, outcomes, (e) => e.corpus), [CHECKER]));
  console.log(`\nLanguageTool by category\n`);
  console.log(formatTable(tally(examples, outcomes, (e) => (e.corpus === 'languagetool' ? e.category : undefined)), [CHECKER]));
  console.log(`\nBy newslint rule (error sentences caught on the marker / correct sentences flagged)\n`);
  console.log(formatRuleTable(examples, findings, ruleIds));

  if (values.show !== undefined) {
    const source = values.source === undefined ? undefined : new RegExp(values.source);
    const picked = examples
      .map((example, i) => ({ example, i }))
      .filter(({ example, i }) => outcomes[i] === values.show && (source === undefined || source.test(example.sourceRule)));
    console.log(`\n${values.show}: ${picked.length}`);
    for (const { example, i } of picked.slice(0, Number(values.limit))) console.log(describe(example, findings[i]!));
  }

  const news = await scoreNews(readBbcArticles(values.corpus, values.split, Number(values.articles)), config);
  const perThousand = (1000 * news.findings.length) / news.words;
  if (news.articles === 0) return;
  console.log(`\nClean news: ${news.articles} BBC ${values.split} articles, ${news.words} words, ${news.findings.length} diagnostics (${perThousand.toFixed(2)} per 1,000 words)`);
  console.log(`  lint time ${((1000 * news.milliseconds) / news.words).toFixed(1)} ms per 1,000 words (document model included)`);
  for (const id of ruleIds) console.log(`  ${id}: ${news.findings.filter((f) => f.diagnostic.ruleId === id).length}`);
  if (values.split === 'dev') {
    for (const finding of news.findings.slice(0, Number(values.limit))) {
      const { diagnostic } = finding;
      console.log(`  ${finding.articleId} ${diagnostic.ruleId}: ${finding.context}  → ${JSON.stringify(diagnostic.expected)}${diagnostic.safe ? ' (safe)' : ''}`);
    }
  }
}

function spanOf(diagnostic: Diagnostic) {
  return { start: diagnostic.offset, end: diagnostic.endOffset, ruleId: diagnostic.ruleId };
}

function tally(examples: readonly GrammarExample[], outcomes: readonly Outcome[], groupOf: (example: GrammarExample) => string | undefined): ReportRow[] {
  const rows = new Map<string, Tally>();
  examples.forEach((example, i) => {
    const label = groupOf(example);
    if (label === undefined) return;
    const tallyOf = rows.get(label) ?? emptyTally();
    rows.set(label, tallyOf);
    count(tallyOf, outcomes[i]!);
  });
  return [...rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([label, t]) => ({ label, tallies: { [CHECKER]: t } }));
}

/** Per rule: error sentences it caught on the marker, and correct sentences it fired on. */
function formatRuleTable(examples: readonly GrammarExample[], findings: readonly Diagnostic[][], ruleIds: readonly string[]): string {
  const lines = ruleIds.map((id) => {
    let caught = 0;
    let falseAlarms = 0;
    examples.forEach((example, i) => {
      const own = findings[i]!.filter((d) => d.ruleId === id).map(spanOf);
      if (own.length === 0) return;
      if (!example.isError) falseAlarms++;
      else if (judge(example, own) === 'caught') caught++;
    });
    return `  ${id.padEnd(24)} caught ${String(caught).padStart(4)}   false alarms ${String(falseAlarms).padStart(4)}`;
  });
  return lines.join('\n');
}

function describe(example: GrammarExample, found: readonly Diagnostic[]): string {
  const { text, marker } = example;
  const marked = marker === undefined ? text : `${text.slice(0, marker.start)}[${text.slice(marker.start, marker.end)}]${text.slice(marker.end)}`;
  const list = found.map((d) => `${d.ruleId} "${text.slice(d.offset, d.endOffset)}" → ${JSON.stringify(d.expected)}`).join('; ');
  return `  ${example.corpus}/${example.sourceRule}: ${marked}${list ? `  ⇒ ${list}` : ''}`;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
