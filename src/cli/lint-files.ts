import type { LintCache } from '../cache/lint-cache.js';
import type { RecurringLine } from '../engine/types.js';
import { contentHash } from '../cache/content-hash.js';
import { createConfigHasher } from '../cache/config-hash.js';
import { resolveConfig, type ResolveOptions } from '../config/index.js';
import { readSource, type SourceRead } from '../files/read-source.js';
import type { FileReport, RuleSummary } from '../reporters/types.js';
import type { LintOutcome, LintTask } from '../workers/lint-task.js';
import { WorkerPool } from '../workers/worker-pool.js';
import type { Progress } from './progress-bar.js';
import { summariseRule } from './rule-summaries.js';

/** A file to lint; `text` is given for standard input, read from disk otherwise. */
export interface LintInput {
  /** Absolute path; undefined for standard input without `--stdin-filename`. */
  filePath: string | undefined;
  text?: string;
  /** Its lines that run verbatim in other stories of the run or the archive (see `attachRecurringLines`). */
  recurringLines?: RecurringLine[];
}

/** The name results carry for standard input read without `--stdin-filename` (ESLint's). */
export const STDIN_NAME = '<text>';

/** A linted file, or one that could not be linted and why. */
export type FileOutcome = { ok: true; report: FileReport } | { ok: false; filePath: string; problem: string };

/** How to run a batch. */
export interface LintSettings {
  config: ResolveOptions;
  /** Leave it out for standard input, which has no file to key it on. */
  cache: LintCache | undefined;
  /** 0: lint on the main thread. */
  workers: number;
  progress: Progress;
}

/** Where files are linted: on worker threads, or on this thread. */
type Linter = { pool: WorkerPool } | { lintTask: typeof import('../workers/lint-task.js').lintTask };

/** A batch's outcomes (in input order), the rules that were active, and how many workers ran. */
export interface LintBatch {
  outcomes: FileOutcome[];
  rules: Record<string, RuleSummary>;
  workersStarted: number;
}

/**
 * Lint every input: read it, resolve its config, reuse cached results when content and config are
 * unchanged, and lint the rest on the main thread or the worker pool. Reading goes on while workers lint.
 */
export async function lintFiles(inputs: readonly LintInput[], settings: LintSettings): Promise<LintBatch> {
  // With a pool the engine loads in the workers only, and the main thread keeps its core for them.
  const linter: Linter = settings.workers > 0 ? { pool: new WorkerPool(settings.workers) } : { lintTask: (await import('../workers/lint-task.js')).lintTask };
  const hashConfig = settings.cache ? createConfigHasher() : undefined;
  const rules: Record<string, RuleSummary> = {};
  const pending: Array<Promise<FileOutcome>> = [];
  const finish = (outcome: FileOutcome) => {
    settings.progress.advance();
    return outcome;
  };
  try {
    for (const input of inputs) {
      const name = input.filePath ?? STDIN_NAME;
      const read: SourceRead = input.text === undefined ? await readSource(name) : { ok: true, text: input.text };
      if (!read.ok) {
        pending.push(Promise.resolve(finish({ ok: false, filePath: name, problem: read.problem })));
        continue;
      }
      const config = await resolveConfig(input.filePath, settings.config);
      for (const [id, active] of config.rules) rules[id] ??= summariseRule(id, active);
      const { cache } = settings;
      // What other stories share changes the findings as much as the text does.
      const keys = cache && hashConfig ? { content: contentHash(read.text, JSON.stringify(input.recurringLines ?? [])), config: hashConfig(config) } : undefined;
      const cached = keys && cache?.get(name, keys.content, keys.config);
      if (cached) {
        pending.push(Promise.resolve(finish(toOutcome(name, read.text, { ok: true, diagnostics: cached }))));
        continue;
      }
      const task: LintTask = { filePath: input.filePath, text: read.text, config: settings.config, recurringLines: input.recurringLines };
      const linted = 'pool' in linter ? linter.pool.run(task) : Promise.resolve(await linter.lintTask(task, config));
      pending.push(
        linted.then((outcome) => {
          if (outcome.ok && keys) cache?.set(name, keys.content, keys.config, outcome.diagnostics);
          return finish(toOutcome(name, read.text, outcome));
        }),
      );
    }
    return { outcomes: await Promise.all(pending), rules, workersStarted: 'pool' in linter ? linter.pool.started : 0 };
  } finally {
    if ('pool' in linter) await linter.pool.close();
  }
}

function toOutcome(filePath: string, source: string, outcome: LintOutcome): FileOutcome {
  // The engine strips a BOM before linting; offsets point into the text without it.
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  return outcome.ok ? { ok: true, report: { filePath, source: text, diagnostics: outcome.diagnostics } } : { ok: false, filePath, problem: outcome.error };
}
