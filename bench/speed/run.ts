import { readdirSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { median, spawnTimed } from './spawn-timed.js';

/**
 * Speed benchmark: lint a folder of many articles with the built CLI and print articles per second
 * and peak memory, cold and with a warm --cache, on one worker thread, on the main thread and on the
 * pool. Usage: node dist/bench/speed/run.js <folder> [--runs N]
 * (make a folder with dist/bench/speed/make-articles.js).
 */
const BIN = join(PACKAGE_ROOT, 'dist/src/cli/bin.js');

interface Mode {
  name: string;
  args: string[];
  /** Runs before each timed run (e.g. to fill the cache). */
  prepare?: string[];
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
  const cache = ['--cache', '--cache-location', join(cacheFolder, 'cache.json')];
  const modes: Mode[] = [
    { name: 'cold, 1 worker thread', args: ['--concurrency', '1'] },
    { name: 'cold, main thread', args: ['--concurrency', 'off'] },
    { name: 'cold, worker pool (auto)', args: ['--concurrency', 'auto'] },
    { name: 'warm --cache, pool (auto)', args: ['--concurrency', 'auto', ...cache], prepare: ['--concurrency', 'auto', ...cache] },
  ];
  process.stdout.write(`${articles} articles in ${folder}; median of ${runs} runs each\n\n`);
  process.stdout.write(`${'mode'.padEnd(28)}${'wall s'.padStart(9)}${'articles/s'.padStart(12)}${'peak RSS MB'.padStart(13)}\n`);
  const medians = new Map<string, number>();
  for (const mode of modes) {
    const seconds: number[] = [];
    const memory: number[] = [];
    for (let i = 0; i < runs; i++) {
      rmSync(join(cacheFolder, 'cache.json'), { force: true });
      if (mode.prepare) spawnTimed(process.execPath, [BIN, folder, '--format', 'json', ...mode.prepare], folder);
      const run = spawnTimed(process.execPath, [BIN, folder, '--format', 'json', '--debug', ...mode.args], folder);
      const rss = run.stderr.match(/peak RSS (\d+) MB/);
      if (run.code === 2 || !rss) throw new Error(`newslint failed (${run.code}): ${run.stderr.split('\n')[0]}`);
      seconds.push(run.seconds);
      memory.push(Number(rss[1]));
    }
    const wall = median(seconds);
    medians.set(mode.name, wall);
    process.stdout.write(`${mode.name.padEnd(28)}${wall.toFixed(2).padStart(9)}${(articles / wall).toFixed(1).padStart(12)}${String(Math.max(...memory)).padStart(13)}\n`);
  }
  rmSync(cacheFolder, { recursive: true, force: true });
  const speedUp = medians.get('cold, 1 worker thread')! / medians.get('cold, worker pool (auto)')!;
  process.stdout.write(`\npool speed-up over 1 worker thread: ${speedUp.toFixed(2)}x\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
