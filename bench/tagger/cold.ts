/**
 * Child-process entry for cold-start timing: loads one candidate in a fresh Node process and
 * prints `{"loadMs":…,"firstCallMs":…,"cpuMs":…}`. CPU time is reported beside wall time because it
 * barely moves when other processes compete for the machine's cores. The sentence is tokenised before the clock starts,
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

const cpuBefore = process.cpuUsage();
const started = performance.now();
const tag = await candidate.load();
const loaded = performance.now();
tag(sentence!);
const called = performance.now();
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(JSON.stringify({ loadMs: loaded - started, firstCallMs: called - loaded, cpuMs }) + '\n');
