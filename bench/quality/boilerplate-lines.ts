/**
 * Measures `boilerplate-residue` on real extractor output: every output of the boilerplate corpus is linted
 * as a plain-text file (one extractor line per line) and each line the rule would delete is compared with
 * its human label. Prints recall on residue lines, recall on residue lines that recur on two or more pages,
 * and the share of content lines flagged, three ways: with no archive (the lexicon alone), with an archive
 * of the evaluated split's pages, and with an archive of every page of both splits. In an archive each
 * page (all its extractor outputs) is one story, and only the text is indexed: labels are never read to
 * build it. Exits 2 on a usage or corpus error.
 *
 *   node dist/bench/quality/boilerplate-lines.js --corpus ../shared/corpora --split dev [--show-failures]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { boilerplateResidue } from '../../rules/boilerplate-residue.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { readJsonFile } from '../read-json-file.js';
import { StoryArchive } from '../../src/archive/story-archive.js';
import { lint } from '../../src/engine/lint.js';
import type { Diagnostic } from '../../src/engine/types.js';
import type { ResolvedConfig } from '../../src/config/types.js';

type Label = 'content' | 'residue' | 'mixed';

interface ExtractorOutput {
  pageId: string;
  split: string;
  lines: Array<{ text: string; label: Label }>;
}

interface Tally {
  residue: number;
  residueFlagged: number;
  recurring: number;
  recurringFlagged: number;
  recurringDistinct: Map<string, boolean>;
  content: number;
  contentFlagged: number;
  misses: Map<string, number>;
  falseAlarms: Map<string, number>;
}

const USAGE = 'usage: node dist/bench/quality/boilerplate-lines.js --corpus <folder> [--split dev|holdout] [--show-failures] [--thresholds file]';

/** Floors for the figures with the archive of every page, the way the rule is meant to run. */
interface BoilerplateThresholds {
  withArchiveOfEveryPage: { minRecurringRecall: number; maxContentShare: number };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      split: { type: 'string', default: 'dev' },
      'show-failures': { type: 'boolean', default: false },
      thresholds: { type: 'string', default: join(PACKAGE_ROOT, 'bench', 'quality', 'boilerplate-thresholds.json') },
    },
  });
  if (!values.corpus) throw new Error(USAGE);
  const split = values.split;
  if (split !== 'dev' && split !== 'holdout') throw new Error(`--split must be dev or holdout, not "${split}"`);
  // Holdout yields the final figure only; reading its failures would make it tuning data.
  if (values['show-failures'] && split === 'holdout') throw new Error('--show-failures is for the dev split only');

  const recurrence = readRecurrence(join(values.corpus, 'boilerplate', 'residue-lines.jsonl'));
  const everyOutput = readOutputs(join(values.corpus, 'boilerplate', 'extractor-outputs.jsonl'));
  const outputs = everyOutput.filter((output) => output.split === split);
  const config = configForRule();
  const archives: Array<{ name: string; archive: StoryArchive | undefined }> = [
    { name: 'no archive (lexicon alone)', archive: undefined },
    { name: `archive of the ${split} split's pages`, archive: archiveOf(outputs) },
    { name: 'archive of every page, both splits', archive: archiveOf(everyOutput) },
  ];
  const pages = new Set(outputs.map((output) => output.pageId)).size;
  console.log(`${split} split: ${outputs.length} extractor outputs of ${pages} pages`);
  let tally: Tally | undefined;
  for (const { name, archive } of archives) {
    tally = emptyTally();
    const started = performance.now();
    for (const output of outputs) {
      const text = output.lines.map((line) => line.text).join('\n') + '\n';
      const recurringLines = archive?.recurringLines(output.pageId, text);
      const { diagnostics } = await lint(text, { config, format: 'text', recurringLines });
      const flagged = flaggedLines(text, diagnostics);
      output.lines.forEach((line, i) => count(tally!, line, flagged.has(i), recurrence.get(line.text) ?? 0));
    }
    printTally(`${name}${archive ? ` (${archive.size} stories)` : ''}`, tally, (performance.now() - started) / 1000);
  }
  if (values['show-failures'] && tally) {
    console.log('\nWith the archive of every page. Most frequent missed recurring residue lines:');
    for (const [line, times] of top(tally.misses, 60)) console.log(`  ${times}× ${JSON.stringify(line.slice(0, 100))}`);
    console.log('\nContent lines flagged:');
    for (const [line, times] of top(tally.falseAlarms, 80)) console.log(`  ${times}× ${line.slice(0, 120)}`);
  }
  const floors = readJsonFile<BoilerplateThresholds>(values.thresholds).withArchiveOfEveryPage;
  const recall = tally!.recurringFlagged / tally!.recurring;
  const contentShare = tally!.contentFlagged / tally!.content;
  if (recall < floors.minRecurringRecall) console.log(`BELOW THRESHOLD recurring residue recall ${recall.toFixed(3)} < ${floors.minRecurringRecall}`);
  if (contentShare > floors.maxContentShare) console.log(`BELOW THRESHOLD content lines flagged ${(100 * contentShare).toFixed(2)} % > ${100 * floors.maxContentShare} %`);
  if (recall < floors.minRecurringRecall || contentShare > floors.maxContentShare) process.exitCode = 1;
}

/** Each page is one story, made of the text of all its extractor outputs; labels are not read. */
function archiveOf(outputs: readonly ExtractorOutput[]): StoryArchive {
  const archive = new StoryArchive();
  for (const output of outputs) archive.add(output.pageId, output.lines.map((line) => line.text).join('\n'));
  return archive;
}

function emptyTally(): Tally {
  return {
    residue: 0, residueFlagged: 0, recurring: 0, recurringFlagged: 0, recurringDistinct: new Map(),
    content: 0, contentFlagged: 0, misses: new Map(), falseAlarms: new Map(),
  };
}

function printTally(name: string, tally: Tally, seconds: number): void {
  const share = (part: number, whole: number) => (whole === 0 ? 'n/a' : (part / whole).toFixed(3));
  const distinct = [...tally.recurringDistinct.values()];
  console.log(`\n${name}, linted in ${seconds.toFixed(1)} s`);
  console.log(`  residue lines flagged (recall):             ${share(tally.residueFlagged, tally.residue)}  (${tally.residueFlagged}/${tally.residue})`);
  console.log(`  recurring residue (on >= 2 pages), recall:  ${share(tally.recurringFlagged, tally.recurring)}  (${tally.recurringFlagged}/${tally.recurring} occurrences)`);
  console.log(`    distinct recurring lines caught:          ${share(distinct.filter(Boolean).length, distinct.length)}  (${distinct.filter(Boolean).length}/${distinct.length})`);
  console.log(`  content lines flagged:                      ${(100 * tally.contentFlagged / tally.content).toFixed(2)} %  (${tally.contentFlagged}/${tally.content})`);
}

function count(tally: Tally, line: { text: string; label: Label }, flagged: boolean, pages: number): void {
  if (line.text.trim() === '') return;
  if (line.label === 'residue') {
    tally.residue++;
    if (flagged) tally.residueFlagged++;
    if (pages >= 2) {
      tally.recurring++;
      if (flagged) tally.recurringFlagged++;
      else tally.misses.set(line.text, (tally.misses.get(line.text) ?? 0) + 1);
      tally.recurringDistinct.set(line.text, (tally.recurringDistinct.get(line.text) ?? false) || flagged);
    }
  } else if (line.label === 'content') {
    tally.content++;
    if (flagged) {
      tally.contentFlagged++;
      tally.falseAlarms.set(line.text, (tally.falseAlarms.get(line.text) ?? 0) + 1);
    }
  }
}

/** Indexes of the lines whose whole text lies inside a diagnostic's deletion span. */
function flaggedLines(text: string, diagnostics: Diagnostic[]): Set<number> {
  const flagged = new Set<number>();
  let start = 0;
  text.split('\n').forEach((line, i) => {
    const end = start + line.length;
    if (line.trim() !== '' && diagnostics.some((d) => d.offset <= start && end <= d.endOffset)) flagged.add(i);
    start = end + 1;
  });
  return flagged;
}

function configForRule(): ResolvedConfig {
  const rule = boilerplateResidue;
  return {
    rules: new Map([[rule.meta.id, { rule, severity: rule.meta.severity, options: { ...rule.meta.defaults }, source: 'newslint' }]]),
    filters: { comments: true, allowlist: [] },
    files: [],
  };
}

function readJsonLines(path: string): Array<Record<string, unknown>> {
  if (!existsSync(path)) throw new Error(`corpus file not found: ${path}`);
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line, i) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`${path}:${i + 1}: not a JSON record`);
    }
  });
}

/** Residue line text → on how many pages it appears. */
function readRecurrence(path: string): Map<string, number> {
  return new Map(readJsonLines(path).map((record) => [String(record.text), Number(record.pages)]));
}

function readOutputs(path: string): ExtractorOutput[] {
  return readJsonLines(path).map((record) => ({ pageId: String(record.page_id), split: String(record.split), lines: record.lines as ExtractorOutput['lines'] }));
}

function top(counts: Map<string, number>, n: number): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n);
}

main().catch((error: unknown) => {
  console.error(`boilerplate-lines: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
