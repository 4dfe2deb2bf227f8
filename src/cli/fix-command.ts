import { resolveConfig, type ResolveOptions } from '../config/index.js';
import { lint } from '../engine/lint.js';
import { fixFile, fixUntilStable, formatUnifiedDiff, type LintText, type StableFix } from '../fix/index.js';
import { displayPath } from '../reporters/display-path.js';
import type { RuleSummary } from '../reporters/types.js';
import type { FileOutcome, LintBatch, LintInput } from './lint-files.js';
import { STDIN_NAME } from './lint-files.js';
import type { Progress } from './progress-bar.js';
import { summariseRule } from './rule-summaries.js';

/** How to run `--fix` or `--fix-dry-run`. */
export interface FixSettings {
  config: ResolveOptions;
  /** `--fix-dry-run`: work the fixes out, write nothing. */
  dryRun: boolean;
  /** Where diff paths start. */
  cwd: string;
  progress: Progress;
}

/** A fix run: like a lint batch (each report holds what is left after fixing), plus the changes as a diff. */
export interface FixBatch extends LintBatch {
  /** Unified diff of every change, file by file (`--format diff`). */
  diff: string;
  /** Files whose text changed (written, unless a dry run). */
  changedFiles: number;
  /** Files whose fixes had not settled after 10 passes. */
  unsettled: string[];
}

/**
 * Applies safe fixes to every input until stable (at most 10 passes), writing each changed file
 * atomically unless this is a dry run; standard input is only ever fixed in memory. A file that cannot
 * be fixed (changed meanwhile, unreadable, not UTF-8/UTF-16) becomes a failed outcome; the rest go on.
 */
export async function fixFiles(inputs: readonly LintInput[], settings: FixSettings): Promise<FixBatch> {
  const outcomes: FileOutcome[] = [];
  const rules: Record<string, RuleSummary> = {};
  const diffs: string[] = [];
  const unsettled: string[] = [];
  let changedFiles = 0;
  for (const input of inputs) {
    const name = input.filePath ?? STDIN_NAME;
    const config = await resolveConfig(input.filePath, settings.config);
    for (const [id, active] of config.rules) rules[id] ??= summariseRule(id, active);
    const lintText: LintText = async (text) => (await lint(text, { filePath: input.filePath, config, recurringLines: input.recurringLines })).diagnostics;
    try {
      const fixed = input.text === undefined ? await fixFile(name, { lintText, dryRun: settings.dryRun }) : await fixInMemory(input.text, lintText);
      const after = withoutBom(fixed.output);
      if (after !== fixed.before) {
        changedFiles++;
        diffs.push(formatUnifiedDiff(displayPath(name, settings.cwd), fixed.before, after));
      }
      if (!fixed.stable) unsettled.push(name);
      outcomes.push({ ok: true, report: { filePath: name, source: after, diagnostics: fixed.diagnostics } });
    } catch (error) {
      outcomes.push({ ok: false, filePath: name, problem: problemOf(error) });
    }
    settings.progress.advance();
  }
  return { outcomes, rules, workersStarted: 0, diff: diffs.join(''), changedFiles, unsettled };
}

async function fixInMemory(text: string, lintText: LintText): Promise<StableFix & { before: string }> {
  return { ...(await fixUntilStable(text, lintText)), before: withoutBom(text) };
}

function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The reason alone: the CLI prints the file name before it. */
function problemOf(error: unknown): string {
  if (error instanceof Error && 'problem' in error && typeof error.problem === 'string') return error.problem;
  const code = (error as NodeJS.ErrnoException).code;
  if (code) return `cannot read or write the file (${code})`;
  return `fixing failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
}
