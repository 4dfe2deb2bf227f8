/**
 * Chooses which of Harper's lints newslint runs on news copy, from dev data only.
 *
 * 1. Every lint harper.js can switch on runs (its defaults plus the default-off lints that do not panic
 *    the WebAssembly module, probed one by one in a child process), overlapping findings all kept, through
 *    newslint's document model as the engine runs it (headlines skipped, misreading checks applied).
 * 2. Per Harper lint name it records the dev examples of Harper's and LanguageTool's suites it catches
 *    on their marker, the correct sentences it flags, and its findings in clean dev news (BBC and web
 *    articles), every one of which counts as a false alarm.
 * 3. Lints newslint never runs are left out whatever the data says (NEVER_FOR_NEWS and
 *    NEVER_REPORTED_KINDS in src/grammar/harper-selection.ts: spelling, the serial comma, vocabulary
 *    "enhancement", house style, checks newslint's own rules make).
 *    Lints whose news findings were read as real slips in the copy (READ_AS_REAL_SLIPS) go in first.
 * 4. A greedy choice (lint-choice.ts) maximises the catches under false-alarm budgets on both suites
 *    and a budget of news findings per 1,000 words.
 *
 * It prints the per-lint table and the chosen set; `--write` stores the set as the allow-list module,
 * `--samples` prints a few news findings of every candidate lint, and `--evidence <file>` keeps the
 * measurements (about 10 minutes of Harper) so that other budgets can be tried in seconds.
 *
 *   node dist/bench/grammar/select-lints.js --corpus ../shared/corpora [--articles N]
 *     [--max-false-alarms 0.12] [--max-lt-false-alarms 0.08] [--max-news 0.3] [--catches-per-false-alarm 1] [--news-finding-weight 1]
 *     [--samples] [--evidence scratch/evidence.json] [--write src/grammar/harper-news-lints.ts]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LocalLinter } from 'harper.js';
import { slimBinary } from 'harper.js/slimBinary';
import { lintWithHarper } from '../../src/grammar/harper-linter.js';
import { NEVER_FOR_NEWS, NEVER_REPORTED_KINDS, READ_AS_REAL_SLIPS, type HarperSelection } from '../../src/grammar/harper-selection.js';
import { readNewsArticles } from '../quality/corpus.js';
import { loadGrammarExamples } from './examples.js';
import { chooseLints, type Choice, type ChoiceBudget } from './lint-choice.js';
import { collectExampleEvidence, collectNewsEvidence, emptyEvidence, recordSilentLint, type LintEvidence, type LintRecord, type NewsText } from './lint-evidence.js';

const USAGE =
  'Usage: node dist/bench/grammar/select-lints.js --corpus <dir> [--articles N] [--max-false-alarms R] [--max-lt-false-alarms R] ' +
  '[--max-news N] [--catches-per-false-alarm N] [--news-finding-weight N] [--samples] [--evidence <file>] [--write <file>]';

const PROBE_TEXT = 'The council said it would review the plans. Its a very good idea, she said, and we was there.';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string' },
      'max-false-alarms': { type: 'string', default: '0.12' },
      'max-lt-false-alarms': { type: 'string', default: '0.08' },
      'max-news': { type: 'string', default: '0.3' },
      'catches-per-false-alarm': { type: 'string', default: '1' },
      'news-finding-weight': { type: 'string', default: '1' },
      samples: { type: 'boolean', default: false },
      evidence: { type: 'string' },
      write: { type: 'string' },
      probe: { type: 'string' },
    },
  });
  if (values.probe !== undefined) return probe(values.probe);
  if (values.corpus === undefined) throw new Error(USAGE);
  const budget: ChoiceBudget = {
    falseAlarmRate: { harper: number(values['max-false-alarms'], '--max-false-alarms'), languagetool: number(values['max-lt-false-alarms'], '--max-lt-false-alarms') },
    newsPerThousandWords: number(values['max-news'], '--max-news'),
    catchesPerFalseAlarm: number(values['catches-per-false-alarm'], '--catches-per-false-alarm'),
    newsFindingWeight: number(values['news-finding-weight'], '--news-finding-weight'),
  };

  const { names, defaults } = await harperLints();
  // Re-choosing under other budgets needs no new Harper run: --evidence keeps the measurements.
  const evidence =
    values.evidence !== undefined && existsSync(values.evidence)
      ? readEvidence(values.evidence)
      : await measureEvidence(values.corpus, values.articles, names, defaults);
  if (values.evidence !== undefined && !existsSync(values.evidence)) writeFileSync(values.evidence, JSON.stringify(evidence, evidenceReplacer));
  // A lint that ran over every dev example and article without firing is a candidate like any other.
  const panicking = panickingLints(names, defaults);
  for (const name of names.filter((known) => !evidence.lints.has(known) && !panicking.includes(known))) recordSilentLint(evidence, name);

  const excluded = exclusions(evidence);
  const choice = chooseLints(evidence, [...evidence.lints.keys()].filter((name) => !excluded.has(name)), budget, READ_AS_REAL_SLIPS);
  printTable(evidence, defaults, excluded, choice);
  printChoice(evidence, choice, budget);
  printUnion('Harper defaults', evidence, [...evidence.lints.keys()].filter((name) => defaults[name]));
  printUnion('every candidate', evidence, [...evidence.lints.keys()].filter((name) => !excluded.has(name)));
  if (values.samples) printNewsSamples(evidence, choice, excluded);
  if (values.write !== undefined) {
    writeFileSync(values.write, allowListModule(choice, budget));
    console.log(`\nwrote ${values.write}`);
  }
}

/** Runs every lint that does not panic over the dev examples and the dev news. */
async function measureEvidence(corpus: string, articles: string | undefined, names: readonly string[], defaults: Record<string, boolean>): Promise<LintEvidence> {
  const panicking = panickingLints(names, defaults);
  const everything: HarperSelection = {
    dialect: 'american',
    lints: Object.fromEntries(names.filter((name) => !panicking.includes(name)).map((name) => [name, true])),
    others: 'off',
    keepOverlaps: true,
    kinds: null,
  };
  // Tuned on dev only: holdout is for the final figure (corpora/README.md).
  const evidence = emptyEvidence();
  const started = performance.now();
  await collectExampleEvidence(evidence, loadGrammarExamples(corpus, 'dev'), everything);
  await collectNewsEvidence(evidence, devNews(corpus, articles), everything);
  const words = evidence.newsWords.bbc + evidence.newsWords.web;
  console.log(`every lint over the dev examples and ${words.toLocaleString('en')} words of dev news in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  return evidence;
}

// Sets and maps as arrays, so the evidence survives JSON.
function evidenceReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}

function readEvidence(path: string): LintEvidence {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Omit<LintEvidence, 'lints'> & { lints: Array<[string, LintRecord & { kinds: string[] }]> };
  return { ...raw, lints: new Map(raw.lints.map(([name, record]) => [name, { ...record, kinds: new Set(record.kinds) }])) };
}

/** Every lint name harper.js knows and whether it runs by default. */
async function harperLints(): Promise<{ names: string[]; defaults: Record<string, boolean> }> {
  const linter = new LocalLinter({ binary: slimBinary });
  const defaults = (await linter.getDefaultLintConfig()) as Record<string, boolean>;
  await linter.dispose();
  return { names: Object.keys(defaults).sort(), defaults };
}

/** The default-off lints that panic the WebAssembly module when switched on (probed one by one). */
function panickingLints(names: readonly string[], defaults: Record<string, boolean>): string[] {
  const offByDefault = names.filter((name) => !defaults[name]);
  const panicking = offByDefault.filter((name) => !survivesProbe(name));
  console.log(`harper.js ships ${names.length} lints, ${offByDefault.length} switched off; these panic when switched on: ${panicking.join(', ') || 'none'}\n`);
  return panicking;
}

/** Runs one lint alone in a child process: a panic can leave the WebAssembly module unusable. */
function survivesProbe(name: string): boolean {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--probe', name], { encoding: 'utf8', timeout: 60_000 });
  return child.status === 0;
}

async function probe(name: string): Promise<void> {
  await lintWithHarper(PROBE_TEXT, { dialect: 'american', lints: { [name]: true }, others: 'off', kinds: null });
}

/** The dev news: every BBC dev article (or the first `limit`) and every web dev article, title first. */
function devNews(corpus: string, limit: string | undefined): NewsText[] {
  const articles = readNewsArticles(corpus, 'dev');
  const bbc = articles.filter((article) => article.category !== undefined).slice(0, limit === undefined ? undefined : number(limit, '--articles'));
  const web = articles.filter((article) => article.category === undefined);
  return [...bbc, ...web].map((article) => ({
    id: article.id,
    source: article.category === undefined ? 'web' : 'bbc',
    text: [article.title ?? '', ...article.paragraphs].filter(Boolean).join('\n\n'),
  }));
}

/** Lints newslint never runs, with the reason. */
function exclusions(evidence: LintEvidence): Map<string, string> {
  const excluded = new Map<string, string>();
  for (const [name, record] of evidence.lints) {
    const kind = [...record.kinds].find((found) => NEVER_REPORTED_KINDS.includes(found));
    if (NEVER_FOR_NEWS.includes(name)) excluded.set(name, 'never for news');
    else if (kind !== undefined) excluded.set(name, `kind ${kind}`);
  }
  return excluded;
}

function printTable(evidence: LintEvidence, defaults: Record<string, boolean>, excluded: Map<string, string>, choice: Choice): void {
  const chosen = new Set(choice.steps.map((step) => step.name));
  const header = ['lint', 'kind', 'default', 'harper caught', 'harper FA', 'LT caught', 'LT FA', 'BBC news', 'web news', 'decision'];
  const rows = [...evidence.lints]
    .sort(([a, x], [b, y]) => y.caught.harper.length - x.caught.harper.length || (a < b ? -1 : 1))
    .map(([name, record]) => [
      name,
      [...record.kinds].join('|'),
      defaults[name] ? 'on' : 'off',
      String(record.caught.harper.length),
      String(record.falseAlarms.harper.length),
      String(record.caught.languagetool.length),
      String(record.falseAlarms.languagetool.length),
      String(record.news.bbc),
      String(record.news.web),
      READ_AS_REAL_SLIPS.includes(name) ? 'chosen: read as real slips' : chosen.has(name) ? 'chosen' : (excluded.get(name) ?? choice.leftOut.get(name) ?? 'catches nothing'),
    ]);
  console.log(`Per Harper lint, alone (${evidence.lints.size} lints, ${[...evidence.lints.values()].filter(isSilent).length} of them silent on all the dev data; dev examples: Harper ${evidence.totals.harper.errors} errors / ${evidence.totals.harper.correct} correct, LanguageTool ${evidence.totals.languagetool.errors} / ${evidence.totals.languagetool.correct})\n`);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => cells[column]!.length)));
  for (const cells of [header, ...rows]) console.log(cells.map((cell, column) => (column < 3 || column === 9 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
}

function isSilent(record: LintRecord): boolean {
  const counts = [...Object.values(record.caught), ...Object.values(record.falseAlarms)].map((indices) => indices.length);
  return [...counts, record.news.bbc, record.news.web].every((count) => count === 0);
}

function printChoice(evidence: LintEvidence, choice: Choice, budget: ChoiceBudget): void {
  const rate = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
  const words = evidence.newsWords.bbc + evidence.newsWords.web;
  console.log(`\nChosen: ${choice.steps.length} lints (budgets: false alarms ${budget.falseAlarmRate.harper} Harper / ${budget.falseAlarmRate.languagetool} LanguageTool, news ${budget.newsPerThousandWords} per 1,000 words, ${budget.catchesPerFalseAlarm} catches per false alarm, a news finding counting as ${budget.newsFindingWeight})`);
  console.log(`  Harper:       recall ${rate(choice.caught.harper, evidence.totals.harper.errors)}, false alarms ${rate(choice.falseAlarms.harper, evidence.totals.harper.correct)}`);
  console.log(`  LanguageTool: recall ${rate(choice.caught.languagetool, evidence.totals.languagetool.errors)}, false alarms ${rate(choice.falseAlarms.languagetool, evidence.totals.languagetool.correct)}`);
  // Every finding of the chosen lints, the real slips' included: what a reader of the copy would see.
  const bbc = choice.steps.reduce((sum, step) => sum + evidence.lints.get(step.name)!.news.bbc, 0);
  const web = choice.steps.reduce((sum, step) => sum + evidence.lints.get(step.name)!.news.web, 0);
  const perThousand = (found: number, of: number) => ((1000 * found) / of).toFixed(2);
  console.log(
    `  news:         ${bbc + web} findings (${bbc + web - choice.news} of lints read as real slips), ${perThousand(bbc + web, words)} per 1,000 words ` +
      `(BBC ${perThousand(bbc, evidence.newsWords.bbc)}, web ${perThousand(web, evidence.newsWords.web)})`,
  );
  console.log('\nIn the order taken (new Harper / LanguageTool catches, new false alarms Harper / LanguageTool, news findings):');
  console.log(choice.steps.map((s) => `${s.name} +${s.caught.harper}/${s.caught.languagetool} -${s.falseAlarms.harper}/${s.falseAlarms.languagetool} n${s.news}`).join(', '));
}

/** What a set of lints reaches together, with overlapping findings all kept. */
function printUnion(label: string, evidence: LintEvidence, names: readonly string[]): void {
  const union = (pick: (record: LintRecord) => number[]) => new Set(names.flatMap((name) => pick(evidence.lints.get(name)!))).size;
  const rate = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
  const { harper, languagetool } = evidence.totals;
  const news = names.reduce((sum, name) => sum + evidence.lints.get(name)!.news.bbc + evidence.lints.get(name)!.news.web, 0);
  console.log(
    `${label} (${names.length} lints): Harper recall ${rate(union((r) => r.caught.harper), harper.errors)}, false alarms ${rate(union((r) => r.falseAlarms.harper), harper.correct)}; ` +
      `LanguageTool ${rate(union((r) => r.caught.languagetool), languagetool.errors)}, ${rate(union((r) => r.falseAlarms.languagetool), languagetool.correct)}; ` +
      `news ${((1000 * news) / (evidence.newsWords.bbc + evidence.newsWords.web)).toFixed(2)} per 1,000 words`,
  );
}

function printNewsSamples(evidence: LintEvidence, choice: Choice, excluded: ReadonlyMap<string, string>): void {
  const chosen = choice.steps.map((step) => step.name);
  const others = [...evidence.lints.keys()].filter((name) => !excluded.has(name) && !chosen.includes(name));
  console.log('\nNews findings (first few of each lint), chosen lints first:');
  for (const name of [...chosen, ...others]) {
    for (const sample of evidence.lints.get(name)!.newsSamples) console.log(`  ${chosen.includes(name) ? '+' : '-'} ${name} ${sample}`);
  }
}

function allowListModule(choice: Choice, budget: ChoiceBudget): string {
  const names = choice.steps.map((step) => step.name).sort();
  return [
    '// Generated by bench/grammar/select-lints.ts from the dev split; re-run it rather than editing by hand.',
    `// Budgets: false alarms ${budget.falseAlarmRate.harper} (Harper) / ${budget.falseAlarmRate.languagetool} (LanguageTool) of correct`,
    `// sentences, ${budget.newsPerThousandWords} findings per 1,000 words of clean news, ${budget.catchesPerFalseAlarm} catches per false alarm`,
    `// (a news finding counting as ${budget.newsFindingWeight}).`,
    '',
    '/** The Harper lints newslint runs on news copy; every other lint stays off. */',
    'export const NEWS_LINTS: readonly string[] = [',
    ...names.map((name) => `  '${name}',`),
    '];',
    '',
  ].join('\n');
}

function number(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${option} must be a number, not "${text}"`);
  return value;
}

main().catch((error: Error) => {
  console.error(`select-lints: ${error.message}`);
  process.exitCode = 1;
});
