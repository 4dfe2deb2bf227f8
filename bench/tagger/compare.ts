/**
 * Compares part-of-speech taggers on the hand-tagged gold set (bench/tagger/gold.ts):
 * cold load and first-call time (fresh process per run), throughput, and accuracy on the
 * distinctions newslint's rules rely on.
 *
 * Usage: node dist/bench/tagger/compare.js [--runs N] [--errors CANDIDATE [--tuning-only]]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Prediction } from './align.js';
import { contextRuleNames } from '../../src/model/tagger.js';
import { candidateNamed, candidates, newslintTagger, type Candidate, type SentenceTagger } from './candidates.js';
import { heldOut, tuning } from './gold.js';
import { mistakes, score, type Scores } from './score.js';
import { prepare, type BenchSentence } from './words.js';

interface ColdTiming {
  loadMs: number;
  firstCallMs: number;
  cpuMs: number;
}

/** Cold timings over several processes: the fastest run (least disturbed by other load) and the median. */
interface ColdSummary {
  fastest: ColdTiming;
  median: ColdTiming;
}

const coldScript = fileURLToPath(new URL('./cold.js', import.meta.url));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Cold timings over `runs` fresh Node processes. */
function measureCold(candidate: Candidate, runs: number): ColdSummary {
  const timings: ColdTiming[] = [];
  for (let run = 0; run < runs; run += 1) {
    const output = execFileSync(process.execPath, [coldScript, candidate.name], { encoding: 'utf8' });
    timings.push(JSON.parse(output) as ColdTiming);
  }
  const totals = timings.map((t) => t.loadMs + t.firstCallMs);
  return {
    fastest: timings[totals.indexOf(Math.min(...totals))]!,
    median: {
      loadMs: median(timings.map((t) => t.loadMs)),
      firstCallMs: median(timings.map((t) => t.firstCallMs)),
      cpuMs: median(timings.map((t) => t.cpuMs)),
    },
  };
}

/** Words per second over the whole gold set, repeated for at least `budgetMs` after a warm-up pass. */
function measureThroughput(tag: SentenceTagger, sentences: readonly BenchSentence[], budgetMs: number): number {
  const wordsPerPass = sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
  for (const sentence of sentences) tag(sentence);
  let passes = 0;
  const started = performance.now();
  while (performance.now() - started < budgetMs) {
    for (const sentence of sentences) tag(sentence);
    passes += 1;
  }
  return (wordsPerPass * passes) / ((performance.now() - started) / 1000);
}

function percent(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

function table(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

function accuracyRow(name: string, scores: Scores): string[] {
  return [name, percent(scores.penn), percent(scores.coarse), percent(scores.verbForm), percent(scores.properF1), percent(scores.lemma)];
}

function parseArguments(argv: string[]): { runs: number; errorsOf: string | undefined; tuningOnly: boolean } {
  let runs = 5;
  let errorsOf: string | undefined;
  let tuningOnly = false;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--errors') errorsOf = argv[++i];
    else if (argv[i] === '--tuning-only') tuningOnly = true;
    else throw new Error(`unknown argument "${argv[i]}" (expected --runs N, --errors CANDIDATE or --tuning-only)`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  return { runs, errorsOf, tuningOnly };
}

async function main(): Promise<void> {
  const { runs, errorsOf, tuningOnly } = parseArguments(process.argv.slice(2));
  const tuningSentences = prepare(tuning);
  const heldOutSentences = prepare(heldOut);
  const all = [...tuningSentences, ...heldOutSentences];

  if (errorsOf) {
    // --tuning-only keeps held-out errors out of sight while rules are being written.
    const shown = tuningOnly ? tuningSentences : all;
    const tag = await candidateNamed(errorsOf).load();
    for (const line of mistakes(shown, shown.map(tag))) process.stdout.write(line + '\n');
    return;
  }

  const speedRows: string[][] = [];
  const allRows: string[][] = [];
  const heldOutRows: string[][] = [];
  for (const candidate of candidates) {
    const cold = measureCold(candidate, runs);
    const tag = await candidate.load();
    const wordsPerSecond = measureThroughput(tag, all, 1000);
    const predict = (sentences: BenchSentence[]): Prediction[][] => sentences.map(tag);
    const coldTotal = (timing: ColdTiming): string => (timing.loadMs + timing.firstCallMs).toFixed(0);
    speedRows.push([
      candidate.name,
      candidate.tagset,
      cold.fastest.loadMs.toFixed(0),
      cold.fastest.firstCallMs.toFixed(1),
      coldTotal(cold.fastest),
      coldTotal(cold.median),
      cold.median.cpuMs.toFixed(0),
      Math.round(wordsPerSecond).toLocaleString('en-US'),
    ]);
    allRows.push(accuracyRow(candidate.name, score(all, predict(all), candidate.tagset)));
    heldOutRows.push(accuracyRow(candidate.name, score(heldOutSentences, predict(heldOutSentences), candidate.tagset)));
  }

  const tokens = all.reduce((sum, sentence) => sum + sentence.words.length, 0);
  const heldOutTokens = heldOutSentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
  const accuracyHeader = ['candidate', 'Penn', 'coarse (UPOS)', 'finite/participle/base', 'NNP F1', 'lemma (inflected)'];
  process.stdout.write(`Speed (cold: ${runs} fresh processes each, fastest run shown, median total beside it; Node ${process.version})\n\n`);
  const speedHeader = ['candidate', 'tags', 'load ms', 'first call ms', 'cold total ms', 'median total ms', 'median CPU ms', 'words/s'];
  process.stdout.write(table(speedHeader, speedRows) + '\n\n');
  process.stdout.write(`Accuracy, all ${all.length} sentences (${tokens} words)\n\n`);
  process.stdout.write(table(accuracyHeader, allRows) + '\n\n');
  process.stdout.write(`Accuracy, held-out ${heldOutSentences.length} sentences (${heldOutTokens} words)\n\n`);
  process.stdout.write(table(accuracyHeader, heldOutRows) + '\n\n');
  process.stdout.write(await ablation(tuningSentences, heldOutSentences));
}

function ablationCells(scores: Scores): string[] {
  return [percent(scores.penn), percent(scores.verbForm), percent(scores.properF1)];
}

/** newslint's accuracy with all context rules, with none, and with each one left out. */
async function ablation(tuningSentences: BenchSentence[], heldOutSentences: BenchSentence[]): Promise<string> {
  const variants: Array<[string, Set<string>]> = [
    ['all rules', new Set()],
    ['no context rules', new Set(contextRuleNames)],
    ...contextRuleNames.map((name): [string, Set<string>] => [`without ${name}`, new Set([name])]),
  ];
  const rows: string[][] = [];
  for (const [label, skipped] of variants) {
    const tag = await newslintTagger(skipped).load();
    rows.push([
      label,
      ...ablationCells(score(tuningSentences, tuningSentences.map(tag), 'penn')),
      ...ablationCells(score(heldOutSentences, heldOutSentences.map(tag), 'penn')),
    ]);
  }
  const header = ['newslint variant', 'tuning Penn', 'tuning verb form', 'tuning NNP F1', 'held-out Penn', 'held-out verb form', 'held-out NNP F1'];
  return `newslint context rules (each row leaves rules out)\n\n${table(header, rows)}\n`;
}

await main();
