import { spawnSync } from 'node:child_process';

/** One timed run of a command: wall time, exit code, and the stderr it printed. */
export interface TimedRun {
  seconds: number;
  code: number | null;
  stderr: string;
}

/** Run a command to completion, discarding stdout, and time it from spawn to exit. */
export function spawnTimed(command: string, args: readonly string[], cwd: string): TimedRun {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.error) throw run.error;
  return { seconds, code: run.status, stderr: run.stderr };
}

/** The middle value (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
