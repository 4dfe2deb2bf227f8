import { availableParallelism } from 'node:os';

/** `--concurrency`: `auto`, `off` (lint on the main thread) or a number of worker threads. */
export type Concurrency = 'auto' | 'off' | number;

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 8;

/** How many worker threads to lint `fileCount` files on; 0 means the main thread. */
export function chooseWorkerCount(concurrency: Concurrency, fileCount: number): number {
  if (concurrency === 'off') return 0;
  if (typeof concurrency === 'number') return concurrency;
  const cores = availableParallelism();
  return fileCount > PARALLEL_THRESHOLD && cores > 1 ? Math.min(cores, fileCount) : 0;
}
