import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { median, spawnTimed } from './spawn-timed.js';

/**
 * Speed benchmark: lint a folder of many articles with the built CLI and print articles per second,
 * CPU time and peak memory, cold and with a warm --cache, on one worker thread, on the main thread and on the
 * pool. Modes take turns within each round, so a busy machine slows them alike.
 * Usage: node dist/bench/speed/run.js <folder> [--runs N]   (make a folder with make-articles.js)
 */
const BIN = join(PACKAGE_ROOT, 'dist/src/cli/bin.js');

interface Mode {
  name: string;
  args: string[];
  /** Fill the cache before the timed run. */
  warmCache?: boolean;
  seconds: number[];
  cpuSeconds: number[];
  peakMegabytes: number[];
}

function main(argv: string[]): number {
  const folder = argv[0] && resolve(argv[0]);
  const runsIndex = argv.indexOf('--runs');
  const runs = runsIndex >= 0 ? Number(argv[runsIndex + 1]) : 3;
  if (!folder || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write('usage: run <folder> [--runs N]\n');
    return 2;
  }
  const articles = readdirSync(folder, { recursive: true }).filter((name) => /\.(txt|md|markdown|html?)$/i.test(String(name))).length;
  const cacheFolder = mkdtempSync(join(tmpdir(), 'newslint-bench-cache-'));
  const cacheFile = join(cacheFolder, 'cache.json');
  const mode = (name: string, args: string[], warmCache = false): Mode => ({ name, args, warmCache, seconds: [], cpuSeconds: [], peakMegabytes: [] });
  const modes = [
    mode('cold, 1 worker thread', ['--concurrency', '1']),
    mode('cold, main thread', ['--concurrency', 'off']),
    mode('cold, worker pool (auto)', ['--concurrency', 'auto']),
    mode('warm --cache, pool (auto)', ['--concurrency', 'auto', '--cache-location', cacheFile], true),
  ];
  for (let round = 0; round < runs; round++) {
    for (const current of modes) {
      rmSync(cacheFile, { force: true });
      if (current.warmCache) lint(folder, current.args);
      const run = lint(folder, current.args);
      current.seconds.push(run.seconds);
      current.cpuSeconds.push(run.cpuSeconds);
      current.peakMegabytes.push(run.peakMegabytes);
    }
  }
  rmSync(cacheFolder, { recursive: true, force: true });

  process.stdout.write(`${articles} articles in ${folder}; median of ${runs} runs each\n\n`);
  process.stdout.write(`${'mode'.padEnd(28)}${'wall s'.padStart(9)}${'articles/s'.padStart(12)}${'CPU s'.padStart(8)}${'peak RSS MB'.padStart(13)}\n`);
  for (const current of modes) {
    const wall = median(current.seconds);
    const cells = [wall.toFixed(2).padStart(9), (articles / wall).toFixed(1).padStart(12), median(current.cpuSeconds).toFixed(2).padStart(8), String(Math.max(...current.peakMegabytes)).padStart(13)];
    process.stdout.write(`${current.name.padEnd(28)}${cells.join('')}\n`);
  }
  const speedUp = median(modes[0].seconds) / median(modes[2].seconds);
  process.stdout.write(`\nworker pool speed-up over 1 worker thread: ${speedUp.toFixed(2)}x\n`);
  return 0;
}

/** One run of the CLI over the folder; CPU time (all threads) and peak memory come from its --debug line. */
function lint(folder: string, args: string[]): { seconds: number; cpuSeconds: number; peakMegabytes: number } {
  const run = spawnTimed(process.execPath, [BIN, folder, '--format', 'json', '--debug', ...args], folder);
  const debug = run.stderr.match(/cpu (\d+) ms; peak RSS (\d+) MB/);
  if (run.code === 2 || !debug) throw new Error(`newslint failed (exit ${run.code}): ${run.stderr.split('\n')[0]}`);
  return { seconds: run.seconds, cpuSeconds: Number(debug[1]) / 1000, peakMegabytes: Number(debug[2]) };
}

process.exitCode = main(process.argv.slice(2));
