import { parentPort } from 'node:worker_threads';
import { lintTask, type LintTask } from './lint-task.js';

// Worker-thread entry: lint each task the pool sends and post the outcome back, one at a time.
parentPort?.on('message', async (task: LintTask) => {
  parentPort?.postMessage(await lintTask(task));
});
