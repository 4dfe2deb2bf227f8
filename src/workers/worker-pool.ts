import { Worker } from 'node:worker_threads';
import type { LintOutcome, LintTask } from './lint-task.js';

interface Job {
  task: LintTask;
  settle(outcome: LintOutcome): void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  crash: string | undefined;
}

const WORKER_SCRIPT = new URL('./lint-worker.js', import.meta.url);

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
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.job) this.assign(slot, this.queue.shift()!);
    }
    while (this.queue.length > 0 && this.slots.size < this.size) this.assign(this.spawn(), this.queue.shift()!);
  }

  private assign(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.postMessage(job.task);
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_SCRIPT), job: undefined, crash: undefined };
    this.started++;
    slot.worker.on('message', (outcome: LintOutcome) => {
      const job = slot.job;
      slot.job = undefined;
      job?.settle(outcome);
      this.dispatch();
    });
    slot.worker.on('error', (error) => {
      slot.crash = error.message.split('\n')[0];
    });
    slot.worker.on('exit', (code) => {
      this.slots.delete(slot);
      if (slot.job) {
        const reason = slot.crash ?? `exit code ${code}`;
        slot.job.settle({ ok: false, error: `the worker linting this file crashed (${reason})` });
        slot.job = undefined;
      }
      if (!this.closing) this.dispatch();
    });
    this.slots.add(slot);
    return slot;
  }
}
