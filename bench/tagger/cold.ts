/**
 * Child-process entry for cold-start timing: loads one candidate in a fresh Node process and
 * prints `{"loadMs":…,"firstCallMs":…}`. The sentence is tokenised before the clock starts,
 * because retext-english is loaded by the linter whichever tagger it uses.
 */
import { performance } from 'node:perf_hooks';
import { candidateNamed } from './candidates.js';
import { tuning } from './gold.js';
import { prepare } from './words.js';

const name = process.argv[2];
if (!name) throw new Error('usage: node cold.js <candidate name>');
const [sentence] = prepare(tuning.slice(0, 1));
const candidate = candidateNamed(name);

const started = performance.now();
const tag = await candidate.load();
const loaded = performance.now();
tag(sentence!);
const called = performance.now();
process.stdout.write(JSON.stringify({ loadMs: loaded - started, firstCallMs: called - loaded }) + '\n');
