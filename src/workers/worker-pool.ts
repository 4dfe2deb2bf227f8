import { Worker } from 'node:worker_threads';
import type { LintOutcome, LintTask } from './lint-task.js';

interface Job {
  task: LintTask;
  settle(outcome: LintOutcome): void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to the worker, oldest (the one it is linting) first. */
  jobs: Job[];
  crash: string | undefined;
}

const WORKER_SCRIPT = new URL('./lint-worker.js', import.meta.url);
/** Jobs each worker holds at once: the one it lints and the next, so it never waits for the main thread. */
const JOBS_PER_WORKER = 2;

/**
 * Lints files on up to `size` worker threads. Workers start only when work is waiting; a worker that
 * dies fails only the file it was linting, and a fresh worker takes its place for the rest.
 */
export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private closing = false;
  /** Workers started over the pool's life, for `--debug`. */
  started = 0;

  constructor(private readonly size: number) {}

  /** Lint one task on the next free worker. */
  run(task: LintTask): Promise<LintOutcome> {
    return new Promise((settle) => {
      this.queue.push({ task, settle });
      this.dispatch();
    });
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
    this.slots.clear();
  }

  private dispatch(): void {
    // Start a worker while there are fewer than `size` and more work than the running ones hold.
    while (this.queue.length > 0 && this.slots.size < this.size && [...this.slots].every((slot) => slot.jobs.length > 0)) this.assign(this.spawn());
    for (let depth = 1; depth <= JOBS_PER_WORKER; depth++) {
      for (const slot of this.slots) if (slot.jobs.length < depth) this.assign(slot);
    }
  }

  private assign(slot: Slot): void {
    const job = this.queue.shift();
    if (!job) return;
    slot.jobs.push(job);
    slot.worker.postMessage(job.task);
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_SCRIPT), jobs: [], crash: undefined };
    this.started++;
    // Outcomes come back in the order the tasks were sent.
    slot.worker.on('message', (outcome: LintOutcome) => {
      slot.jobs.shift()?.settle(outcome);
      this.dispatch();
    });
    slot.worker.on('error', (error) => {
      slot.crash = error.message.split('\n')[0];
    });
    slot.worker.on('exit', (code) => {
      this.slots.delete(slot);
      const [running, ...waiting] = slot.jobs;
      running?.settle({ ok: false, error: `the worker linting this file crashed (${slot.crash ?? `exit code ${code}`})` });
      // Jobs the worker had not started go back to the front of the queue for another worker.
      this.queue.unshift(...waiting);
      slot.jobs = [];
      if (!this.closing) this.dispatch();
    });
    this.slots.add(slot);
    return slot;
  }
}
