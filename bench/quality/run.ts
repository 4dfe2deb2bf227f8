/**
 * The quality harness: builds test articles with planted defects from a news corpus, lints them with the
 * real engine and prints each rule's recall, precision and false alarms. Exits 1 when a rule falls below
 * thresholds.json, 2 on a usage or corpus error.
 *
 *   npm run eval -- --corpus ../shared/corpora --split dev
 *
 * `--by source` (BBC against web pages) or `--by half` (two halves of the hosts by a hash of their id) adds the
 * figures for each group of host articles, to show where a rule is weak and how much a figure moves
 * between samples of hosts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinRules } from '../../rules/index.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { buildTestSet } from './build-test-set.js';
import { readNewsArticles, type Split } from './corpus.js';
import { groupTestsByHost, HOST_GROUPINGS, isHostGrouping } from './host-groups.js';
import { injectors } from './injectors/index.js';
import { lintTestSet } from './lint-test-set.js';
import { formatFailures, formatScores } from './report.js';
import { scoreRules } from './score.js';
import { checkThresholds, readThresholds } from './thresholds.js';

const USAGE = 'usage: npm run eval -- --corpus <folder> [--split dev|holdout] [--per-injector N] [--clean N] [--seed N] [--rules a,b] [--by source|half] [--show-failures] [--json file]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      split: { type: 'string', default: 'dev' },
      'per-injector': { type: 'string', default: '300' },
      clean: { type: 'string', default: '500' },
      seed: { type: 'string', default: '1' },
      rules: { type: 'string' },
      thresholds: { type: 'string', default: join(PACKAGE_ROOT, 'bench', 'quality', 'thresholds.json') },
      by: { type: 'string' },
      'show-failures': { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  if (!values.corpus) throw new Error(USAGE);
  const split = values.split as Split;
  if (split !== 'dev' && split !== 'holdout') throw new Error(`--split must be dev or holdout, not "${values.split}"`);
  if (values.by !== undefined && !isHostGrouping(values.by)) throw new Error(`--by must be ${Object.keys(HOST_GROUPINGS).join(' or ')}, not "${values.by}"`);
  // The holdout split only yields the final figure; reading its failures would turn it into tuning data.
  if (values['show-failures'] && split === 'holdout') throw new Error('--show-failures is for the dev split only');
  const size = { perInjector: integerOption(values['per-injector'], 'per-injector'), clean: integerOption(values.clean, 'clean'), seed: integerOption(values.seed, 'seed') };

  const ruleIds = values.rules ? values.rules.split(',') : [...new Set(injectors.flatMap((injector) => injector.rules))];
  const unknown = ruleIds.filter((id) => !(id in builtinRules));
  if (unknown.length > 0) throw new Error(`unknown rule: ${unknown.join(', ')}`);
  const rules = ruleIds.map((id) => builtinRules[id]);

  const articles = readNewsArticles(values.corpus, split);
  const tests = buildTestSet(articles, injectors, size);
  const { findings, milliseconds } = await lintTestSet(tests, rules);
  const scores = scoreRules(tests, findings, ruleIds);

  const injected = tests.filter((test) => test.injector !== undefined).length;
  console.log(`${split} split: ${articles.length} articles; ${injected} injected (${size.perInjector} per injector) + ${tests.length - injected} clean, seed ${size.seed}; linted in ${(milliseconds / 1000).toFixed(1)} s`);
  console.log(formatScores(scores));
  if (values.by !== undefined && isHostGrouping(values.by)) {
    const all = new Map(tests.map((test, i) => [test, findings[i]]));
    for (const [group, groupTests] of groupTestsByHost(tests, values.by)) {
      console.log(`\n${values.by} ${group}: ${groupTests.length} test articles`);
      console.log(formatScores(scoreRules(groupTests, groupTests.map((test) => all.get(test)!), ruleIds)));
    }
  }
  if (values['show-failures']) console.log(formatFailures(tests, findings, ruleIds));
  if (values.json) writeFileSync(values.json, JSON.stringify({ split, size, scores: scores.map((score) => ({ ...score, recall: Object.fromEntries(score.recall) })) }, null, 2) + '\n');

  const failures = checkThresholds(scores, readThresholds(values.thresholds));
  for (const failure of failures) console.log(`BELOW THRESHOLD ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

function integerOption(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} must be a whole number, not "${value}"`);
  return number;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
