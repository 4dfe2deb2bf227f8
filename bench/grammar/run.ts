/**
 * The grammar harness: scores grammar checkers side by side on LanguageTool's and Harper's example
 * sentences (one sentence at a time) and counts the newslint grammar layer's diagnostics on clean BBC
 * copy. Exits 1 when the newslint checker falls outside thresholds.json, 2 on a usage or corpus error.
 *
 *   npm run eval -- --suite grammar --corpus ../shared/corpora --split dev
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { readBbcArticles, scoreNews, type NewsScore } from '../grammar-rules/news-sample.js';
import { CHECKERS, NEWSLINT_CONFIG, type CheckerSpan } from './checkers.js';
import { loadGrammarExamples, type CorpusName, type GrammarExample } from './examples.js';
import { formatTable, type ReportRow } from './report.js';
import { ruleHalf } from './rule-halves.js';
import { count, emptyTally, judge, type Outcome, type Tally } from './score.js';
import { checkGrammarThresholds, readGrammarThresholds } from './thresholds.js';

const USAGE =
  'Usage: node dist/bench/grammar/run.js --corpus <dir> [--split dev|holdout] [--checkers a,b] [--articles N] ' +
  '[--by category|rule] [--show missed|elsewhere|false-alarm|news] [--limit N] [--thresholds file] ' +
  '[--category NAME] [--half A|B]';
/** The checker the clean-news sample and the thresholds are about. */
const GUARDED = 'newslint';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      split: { type: 'string', default: 'dev' },
      checkers: { type: 'string', default: Object.keys(CHECKERS).join(',') },
      articles: { type: 'string', default: '50' },
      by: { type: 'string' },
      show: { type: 'string' },
      limit: { type: 'string', default: '40' },
      thresholds: { type: 'string', default: join(PACKAGE_ROOT, 'bench', 'grammar', 'thresholds.json') },
      category: { type: 'string' },
      half: { type: 'string' },
    },
  });
  if (values.corpus === undefined) throw new Error(USAGE);
  if (values.split !== 'dev' && values.split !== 'holdout') throw new Error(`--split must be dev or holdout, not ${values.split}`);
  // Holdout failures must stay unread (corpora/README.md): only totals are printed for it.
  const narrowed = values.category !== undefined || values.half !== undefined;
  if (values.split === 'holdout' && (values.by !== undefined || values.show !== undefined || narrowed)) {
    throw new Error('--by, --show, --category and --half work on the dev split only');
  }
  if (values.half !== undefined && values.half !== 'A' && values.half !== 'B') throw new Error(`--half must be A or B, not ${values.half}`);
  const names = values.checkers.split(',');
  for (const name of names) {
    if (!(name in CHECKERS)) throw new Error(`Unknown checker "${name}" (known: ${Object.keys(CHECKERS).join(', ')})`);
  }
  const articleCount = Number(values.articles);
  if (!Number.isInteger(articleCount) || articleCount < 0) throw new Error(`--articles must be a whole number, not "${values.articles}"`);

  const examples = loadGrammarExamples(values.corpus, values.split).filter(
    (e) => (values.category === undefined || e.category === values.category) && (values.half === undefined || ruleHalf(e.sourceRule) === values.half),
  );
  const { findings, seconds } = await runCheckers(examples, names);
  const outcomes = new Map(names.map((name) => [name, examples.map((example, i) => judge(example, findings.get(name)![i]!))]));

  console.log(`Grammar corpora, ${values.split} split, each sentence linted on its own`);
  console.log(`(${names.map((name) => `${name} ${seconds.get(name)!.toFixed(1)} s`).join(', ')})\n`);
  const byCorpus = tallyRows(examples, outcomes, names, (e) => e.corpus);
  console.log(formatTable(byCorpus, names));
  if (values.by !== undefined) {
    const key = values.by === 'rule' ? (e: GrammarExample) => `${e.corpus} ${e.sourceRule}` : (e: GrammarExample) => `${e.corpus} ${e.category}`;
    console.log(`\nBy source ${values.by}\n`);
    console.log(formatTable(tallyRows(examples, outcomes, names, key), names));
  }
  if (values.show !== undefined && values.show !== 'news') {
    const wanted = values.show as Outcome;
    for (const name of names) {
      console.log(`\n${name}: ${wanted}`);
      const picked = examples.map((e, i) => [e, i] as const).filter(([, i]) => outcomes.get(name)![i] === wanted);
      for (const [example, i] of picked.slice(0, Number(values.limit))) console.log(describe(example, findings.get(name)![i]!));
    }
  }

  // Thresholds are about whole corpora; a narrowed run is for reading, not for judging.
  if (!names.includes(GUARDED) || narrowed) return 0;
  const news = articleCount === 0 ? undefined : await scoreNews(readBbcArticles(values.corpus, values.split, articleCount), NEWSLINT_CONFIG);
  if (news !== undefined) printNews(news, values.split, values.show === 'news' ? Number(values.limit) : 0);

  const corpora = Object.fromEntries(byCorpus.map((row) => [row.label as CorpusName, row.tallies[GUARDED]!]));
  const newsPerThousandWords = news === undefined || news.words === 0 ? undefined : (1000 * news.findings.length) / news.words;
  const floors = readGrammarThresholds(values.thresholds)[GUARDED] ?? {};
  const failures = checkGrammarThresholds(GUARDED, { corpora, newsPerThousandWords }, floors);
  for (const failure of failures) console.log(`BELOW THRESHOLD ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

/**
 * Runs every checker on each sentence in turn. Checkers that share harper.js's findings cache
 * (harper-news and the Harper rules in newslint) then find the sentence there, so Harper's cost is
 * counted once, against the first of them.
 */
async function runCheckers(examples: readonly GrammarExample[], names: readonly string[]) {
  const findings = new Map<string, CheckerSpan[][]>(names.map((name) => [name, []]));
  const seconds = new Map<string, number>(names.map((name) => [name, 0]));
  for (const example of examples) {
    for (const name of names) {
      const started = performance.now();
      findings.get(name)!.push(await CHECKERS[name]!(example.text));
      seconds.set(name, seconds.get(name)! + (performance.now() - started) / 1000);
    }
  }
  return { findings, seconds };
}

function printNews(news: NewsScore, split: string, limit: number): void {
  const perThousand = news.words === 0 ? 0 : (1000 * news.findings.length) / news.words;
  console.log(`\nClean news (${GUARDED}): ${news.articles} BBC ${split} articles, ${news.words} words, ${news.findings.length} diagnostics, ${perThousand.toFixed(2)} per 1,000 words`);
  const byRule = new Map<string, number>();
  for (const { diagnostic } of news.findings) byRule.set(diagnostic.ruleId, (byRule.get(diagnostic.ruleId) ?? 0) + 1);
  for (const [ruleId, found] of byRule) console.log(`  ${ruleId}: ${found}`);
  // Holdout findings stay unread.
  if (split !== 'dev') return;
  for (const { articleId, diagnostic, context } of news.findings.slice(0, limit)) {
    console.log(`  ${articleId} ${diagnostic.ruleId}: ${context}  → ${JSON.stringify(diagnostic.expected)} (${diagnostic.message})`);
  }
}

function tallyRows(
  examples: readonly GrammarExample[],
  outcomes: ReadonlyMap<string, Outcome[]>,
  names: readonly string[],
  groupOf: (example: GrammarExample) => string,
): ReportRow[] {
  const rows = new Map<string, Record<string, Tally>>();
  examples.forEach((example, i) => {
    const label = groupOf(example);
    const tallies = rows.get(label) ?? Object.fromEntries(names.map((name) => [name, emptyTally()]));
    rows.set(label, tallies);
    for (const name of names) count(tallies[name]!, outcomes.get(name)![i]!);
  });
  return [...rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([label, tallies]) => ({ label, tallies }));
}

function describe(example: GrammarExample, found: readonly CheckerSpan[]): string {
  const mark = (text: string, span?: { start: number; end: number }) =>
    span === undefined ? text : `${text.slice(0, span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end)}`;
  const findingList = found.map((f) => `${f.detail ?? f.ruleId} "${example.text.slice(f.start, f.end)}"`).join('; ');
  return `  ${example.corpus}/${example.sourceRule}: ${mark(example.text, example.marker)}${findingList ? `  → ${findingList}` : ''}`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`grammar eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
