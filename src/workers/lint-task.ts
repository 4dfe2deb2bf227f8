import { resolveConfig, type ResolveOptions } from '../config/index.js';
import type { ResolvedConfig } from '../config/types.js';
import { lint } from '../engine/lint.js';
import type { Diagnostic, RecurringLine } from '../engine/types.js';

/** One file to lint: plain data, so it can cross to a worker thread. */
export interface LintTask {
  filePath: string | undefined;
  text: string;
  /** How to find the file's configuration (the worker resolves it again: rules are code, not data). */
  config: ResolveOptions;
  /** Its lines that recur in other stories: plain data, as everything that crosses to a worker. */
  recurringLines?: RecurringLine[];
}

/** What linting one file came to: its diagnostics, or why it failed. */
export type LintOutcome = { ok: true; diagnostics: Diagnostic[] } | { ok: false; error: string };

/** Lint one file's text, resolving its configuration unless the caller already has it. */
export async function lintTask(task: LintTask, resolved?: ResolvedConfig): Promise<LintOutcome> {
  try {
    const config = resolved ?? (await resolveConfig(task.filePath, task.config));
    const result = await lint(task.text, { filePath: task.filePath, config, recurringLines: task.recurringLines });
    return { ok: true, diagnostics: result.diagnostics };
  } catch (error) {
    return { ok: false, error: `linting failed: ${firstLine(error)}` };
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
