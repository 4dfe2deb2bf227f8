/**
 * Speed of the grammar layer (newslint's own grammar rules plus the Harper rules) through the engine,
 * per 1,000 words of BBC dev copy: first lint of new text, re-lint after one sentence changed, and the
 * command line's cold start with and without the Harper rules.
 *
 *   node dist/bench/grammar/layer-speed.js --corpus ../shared/corpora [--articles 20] [--runs 5]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ResolvedConfig } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { readBbcArticles } from '../grammar-rules/news-sample.js';
import { configForRules, GRAMMAR_RULE_IDS } from '../grammar-rules/rule-set.js';
import { median, spawnTimed } from '../speed/spawn-timed.js';
import { HARPER_RULE_IDS, NEWSLINT_CONFIG } from './checkers.js';
import { countWords, sampleCutter } from './word-samples.js';

const USAGE = 'Usage: node dist/bench/grammar/layer-speed.js --corpus <dir> [--articles N] [--runs N]';
const WORDS_PER_ARTICLE = 1000;

// The machine is shared: CPU time of this process (the engine and WebAssembly run on the main thread)
// stays meaningful when wall-clock time does not.
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, articles: { type: 'string', default: '20' }, runs: { type: 'string', default: '5' } } });
  if (values.corpus === undefined) throw new Error(USAGE);
  const count = Number(values.articles);
  const cut = sampleCutter(readBbcArticles(values.corpus, 'dev', Number.MAX_SAFE_INTEGER).map((article) => article.text));
  const take = (howMany: number) => cut(howMany, WORDS_PER_ARTICLE);
  const configs = { none: configForRules([]), own: configForRules(GRAMMAR_RULE_IDS), layer: NEWSLINT_CONFIG };

  console.log('CPU milliseconds of this process, ~1,000-word pieces of BBC dev copy no linter had seen.\n');
  let started = cpuMilliseconds();
  await lint('A first sentence loads harper.js.', { config: configs.layer, format: 'text' });
  console.log(`loading harper.js (WebAssembly and the news linter), once per process: ${(cpuMilliseconds() - started).toFixed(0)} ms`);
  // V8 compiles the WebAssembly lazily and tiers hot code up as it runs; these pieces are never reused.
  for (const text of take(10)) await lint(text, { config: configs.layer, format: 'text' });

  const fresh = take(count);
  const first = await timeLayer(fresh, configs);
  console.log(`\nfirst lint, per 1,000 words (document model cached in every case, so the figures are the rules' own cost):`);
  console.log(`  our grammar rules              ${first.own.toFixed(1)} ms`);
  console.log(`  Harper rules                   ${(first.layer - first.own).toFixed(1)} ms`);
  console.log(`  whole grammar layer            ${first.layer.toFixed(1)} ms   (document model alone: ${first.model.toFixed(1)} ms)`);
  const edited = await timeLayer(fresh.map(editOneSentence), configs);
  console.log(`\nre-lint after one sentence edited, per 1,000 words:`);
  console.log(`  whole grammar layer            ${edited.layer.toFixed(1)} ms   (document model: ${edited.model.toFixed(1)} ms)`);

  coldStart(fresh[0]!, Number(values.runs));
}

interface LayerTiming {
  /** Building the document model for new text. */
  model: number;
  own: number;
  layer: number;
}

/** CPU ms per 1,000 words: the document model, then our rules and the whole layer on top of it. */
async function timeLayer(texts: readonly string[], configs: Record<'none' | 'own' | 'layer', ResolvedConfig>): Promise<LayerTiming> {
  const totals = { model: 0, none: 0, own: 0, layer: 0 };
  const timed = async (text: string, config: ResolvedConfig) => {
    const started = cpuMilliseconds();
    await lint(text, { config, format: 'text' });
    return cpuMilliseconds() - started;
  };
  for (const text of texts) {
    // The engine caches each block's parse and tags, so the first call pays for the model and the
    // later ones only for their rules.
    totals.model += await timed(text, configs.none);
    totals.none += await timed(text, configs.none);
    totals.own += await timed(text, configs.own);
    totals.layer += await timed(text, configs.layer);
  }
  const perThousand = (ms: number) => (1000 * ms) / texts.reduce((sum, text) => sum + countWords(text), 0);
  return { model: perThousand(totals.model - totals.none), own: perThousand(totals.own - totals.none), layer: perThousand(totals.layer - totals.none) };
}

/** Wall time of one `newslint` process on one article, with the recommended rules and with the Harper rules added. */
function coldStart(article: string, runs: number): void {
  const folder = mkdtempSync(join(tmpdir(), 'newslint-grammar-speed-'));
  try {
    const file = join(folder, 'article.txt');
    writeFileSync(file, article);
    const bin = join(PACKAGE_ROOT, 'dist/src/cli/bin.js');
    const harperRules = HARPER_RULE_IDS.flatMap((id) => ['--rule', `${id}:warning`]);
    const contenders = [
      { name: 'newslint:recommended', args: [bin, '--no-config', file] },
      { name: 'newslint:recommended + Harper rules', args: [bin, '--no-config', ...harperRules, file] },
    ];
    // Contenders take turns within each round, so a busy machine slows them alike.
    const seconds = contenders.map(() => [] as number[]);
    for (let round = 0; round < runs; round++) contenders.forEach((contender, i) => seconds[i]!.push(spawnTimed(process.execPath, contender.args, folder).seconds));
    console.log(`\ncold start, one ~${WORDS_PER_ARTICLE}-word article, wall time, median of ${runs}:`);
    contenders.forEach((contender, i) => console.log(`  ${contender.name.padEnd(38)} ${median(seconds[i]!).toFixed(2)} s`));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function editOneSentence(text: string): string {
  return text.replace(/\.\s/, ' today. ');
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
