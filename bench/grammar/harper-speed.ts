import { parseArgs } from 'node:util';
import { LocalLinter, type StructuredLintConfig } from 'harper.js';
import { slimBinary } from 'harper.js/slimBinary';
import { lintWithHarper } from '../../src/grammar/harper-linter.js';
import { HARPER_DEFAULTS, NEWS_SELECTION, type HarperSelection } from '../../src/grammar/harper-selection.js';
import { readBbcArticles } from '../grammar-rules/news-sample.js';
import { countWords, sampleCutter } from './word-samples.js';

const USAGE = 'Usage: node dist/bench/grammar/harper-speed.js --corpus <dir> [--articles N]';

// The machine is shared: CPU time of this process (WebAssembly runs on the main thread) stays
// meaningful when wall-clock time does not.
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Times harper.js as newslint's grammar layer on BBC dev articles cut to 600 and 1,000 words. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, articles: { type: 'string', default: '20' } } });
  if (values.corpus === undefined) throw new Error(USAGE);
  const count = Number(values.articles);
  // Body paragraphs of the dev articles, headlines left out.
  const paragraphs = readBbcArticles(values.corpus, 'dev', Number.MAX_SAFE_INTEGER).flatMap((article) => article.text.split('\n\n').slice(1));
  // Harper keeps parsed and linted sentences in bounded caches, some shared by all linters of the
  // module, so every measurement below that claims "uncached" gets articles nothing has seen yet.
  const take = sampleCutter(paragraphs);
  const warmUp = take(10, 600);

  console.log('All times are CPU milliseconds of this process.\n');
  let started = cpuMilliseconds();
  await lintWithHarper('', NEWS_SELECTION);
  console.log(`init (load WebAssembly, build the news linter): ${(cpuMilliseconds() - started).toFixed(0)} ms`);
  started = cpuMilliseconds();
  await lintWithHarper(take(1, 600)[0]!, NEWS_SELECTION);
  console.log(`first ~600-word article, engine still cold: ${(cpuMilliseconds() - started).toFixed(0)} ms`);
  // V8 compiles the 16 MB module lazily and tiers hot functions up while it runs, so numbers settle
  // only after a few articles; the warm-up set is never reused, keeping Harper's sentence cache cold.
  for (const article of warmUp) await lintWithHarper(article, HARPER_DEFAULTS);

  console.log('\nPer article, uncached (every sentence new to the linter), after warm-up:');
  const newsLong: string[] = [];
  for (const [name, selection] of [
    ['harper defaults', HARPER_DEFAULTS],
    ['news selection', NEWS_SELECTION],
  ] as const) {
    for (const words of [600, 1000]) {
      const articles = take(count, words);
      if (selection === NEWS_SELECTION && words === 1000) newsLong.push(...articles);
      const label = `~${words} words`;
      const { median, worst, perThousandWords, findingsPerThousandWords } = await timeArticles(articles, selection);
      console.log(
        `  ${name.padEnd(15)} ${label.padEnd(11)} median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms, ` +
          `${perThousandWords.toFixed(1)} ms per 1,000 words, ${findingsPerThousandWords.toFixed(2)} findings per 1,000 words`,
      );
    }
  }

  console.log('\nRe-linting ~1000-word articles with the news selection after one sentence changed:');
  // The last ones linted: Harper's bounded cache still holds their sentences.
  const articles = newsLong.slice(-5);
  const same = await timeArticles(articles, NEWS_SELECTION);
  console.log(`  unchanged, whole article (newslint's findings cache): ${same.perThousandWords.toFixed(2)} ms per 1,000 words`);
  const edited = await timeArticles(articles.map(editOneSentence), NEWS_SELECTION);
  console.log(`  one sentence edited, whole article (Harper's sentence cache): ${edited.perThousandWords.toFixed(1)} ms per 1,000 words`);
  const byParagraph = take(5, 1000);
  const firstPass = await timeParagraphs(byParagraph);
  const secondPass = await timeParagraphs(byParagraph.map(editOneSentence));
  console.log(
    `  paragraph by paragraph: first pass ${firstPass.toFixed(1)} ms per 1,000 words, ` +
      `one sentence edited ${secondPass.toFixed(1)} ms per 1,000 words`,
  );

  console.log('\nCost by Harper lint group (each switched on alone over all lints off, uncached):');
  await timeGroups(() => take(Math.ceil(count / 2), 1000));
}

async function timeParagraphs(articles: readonly string[]): Promise<number> {
  const started = cpuMilliseconds();
  for (const article of articles) {
    for (const paragraph of article.split('\n\n')) await lintWithHarper(paragraph, NEWS_SELECTION);
  }
  const words = articles.reduce((sum, article) => sum + countWords(article), 0);
  return (1000 * (cpuMilliseconds() - started)) / words;
}

function editOneSentence(article: string): string {
  return article.replace(/\.\s/, ' today. ');
}

interface Timing {
  median: number;
  worst: number;
  perThousandWords: number;
  findingsPerThousandWords: number;
}

async function timeArticles(articles: readonly string[], selection: HarperSelection): Promise<Timing> {
  const times: number[] = [];
  let findings = 0;
  for (const article of articles) {
    const started = cpuMilliseconds();
    findings += (await lintWithHarper(article, selection)).length;
    times.push(cpuMilliseconds() - started);
  }
  const words = articles.reduce((sum, article) => sum + countWords(article), 0);
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    worst: sorted[sorted.length - 1]!,
    perThousandWords: (1000 * total) / words,
    findingsPerThousandWords: (1000 * findings) / words,
  };
}

// Every group gets a fresh linter (a new lint-switch set) and articles of its own.
async function timeGroups(freshArticles: () => string[]): Promise<void> {
  const linter = new LocalLinter({ binary: slimBinary });
  const groups = lintGroups(await linter.getStructuredLintConfig());
  // Only lints Harper runs by default: some that it ships off (BoringWords) panic the WebAssembly
  // module while loading their thesaurus.
  const onByDefault = await linter.getDefaultLintConfig();
  await linter.dispose();
  const allOff = Object.fromEntries(Object.values(groups).flat().map((name) => [name, false]));
  const base = await timeArticles(freshArticles(), { ...HARPER_DEFAULTS, lints: allOff });
  console.log(`  all lints off (parsing only): ${base.perThousandWords.toFixed(1)} ms per 1,000 words`);
  for (const [label, names] of Object.entries(groups)) {
    const switchedOn = names.filter((name) => onByDefault[name] === true && name !== 'SpellCheck');
    const lints = { ...allOff, ...Object.fromEntries(switchedOn.map((name) => [name, true])) };
    const { perThousandWords } = await timeArticles(freshArticles(), { ...HARPER_DEFAULTS, lints });
    const extra = (perThousandWords - base.perThousandWords).toFixed(1);
    console.log(`  ${label.padEnd(28)} ${String(switchedOn.length).padStart(3)} lints  +${extra} ms`);
  }
  const spelling = await timeArticles(freshArticles(), { ...HARPER_DEFAULTS, lints: { ...allOff, SpellCheck: true } });
  console.log(`  ${'SpellCheck alone'.padEnd(38)}  +${(spelling.perThousandWords - base.perThousandWords).toFixed(1)} ms`);
}

/** Lint names by top-level group of Harper's structured config; ungrouped lints under "(other)". */
function lintGroups(config: StructuredLintConfig): Record<string, string[]> {
  const names = (settings: StructuredLintConfig['settings']): string[] =>
    settings.flatMap((setting) => {
      if ('Bool' in setting) return [setting.Bool.name];
      if ('OneOfMany' in setting) return setting.OneOfMany.names;
      return names(setting.Group.child.settings);
    });
  const groups: Record<string, string[]> = {};
  for (const setting of config.settings) {
    const label = 'Group' in setting ? setting.Group.label : '(other)';
    groups[label] = [...(groups[label] ?? []), ...names([setting])];
  }
  return groups;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
