import { dirname, resolve } from 'node:path';
import { applyBaseline } from '../baseline/apply-baseline.js';
import { readBaseline, writeBaseline } from '../baseline/baseline-file.js';
import { buildBaseline } from '../baseline/build-baseline.js';
import { cacheLocation } from '../cache/cache-location.js';
import { LintCache } from '../cache/lint-cache.js';
import type { ResolveOptions } from '../config/index.js';
import { findFiles } from '../files/find-files.js';
import { loadIgnoreRules } from '../files/ignore-rules.js';
import { countProblems, plural } from '../reporters/count-problems.js';
import { displayPath } from '../reporters/display-path.js';
import { loadReporter } from '../reporters/load-reporter.js';
import type { FileReport } from '../reporters/types.js';
import { chooseWorkerCount } from '../workers/choose-worker-count.js';
import { archiveSourcesOf } from './archive-sources.js';
import { attachRecurringLines } from './attach-recurring-lines.js';
import { chooseColour } from './choose-colour.js';
import { exitCodeFor } from './exit-code.js';
import { lintFiles, type LintInput } from './lint-files.js';
import { packageVersion } from './package-version.js';
import type { CliOptions } from './parse-arguments.js';
import { createProgress } from './progress-bar.js';
import { readStdin } from './read-stdin.js';
import { UserError } from './user-error.js';
import { writeReport } from './write-report.js';

/** Lint what the command line names, report it, apply the gate, and return the exit code. */
export async function runLint(options: CliOptions, log: { warn(line: string): void; debug(line: string): void }): Promise<number> {
  const started = performance.now();
  const cwd = process.cwd();
  const version = packageVersion();
  // Everything that can fail on a typo is checked before any linting starts.
  // `--format diff` prints the fixes themselves rather than a report.
  const reporter = options.format === 'diff' ? undefined : await loadReporter(options.format, cwd);
  const baselinePath = options.baseline === undefined ? undefined : resolve(cwd, options.baseline);
  const baseline = baselinePath ? await readBaseline(baselinePath) : undefined;
  const config: ResolveOptions = { cwd, configFile: options.configFile, noConfig: options.noConfig, ruleOverrides: options.ruleOverrides };

  const collected = await collectInputs(options, cwd);
  const archive = archiveSourcesOf(collected, options.archive, config, cwd);
  // One file alone has no other stories to compare with, unless reference copy is named.
  const inputs = collected.length > 1 || archive.length > 0 ? await attachRecurringLines(collected, archive) : collected;
  const fixing = options.fix || options.fixDryRun;
  const cache = options.cache && !options.stdin && !fixing ? await LintCache.open(cacheLocation(cwd, options.cacheLocation), version) : undefined;
  const workers = chooseWorkerCount(options.concurrency, inputs.length);
  const progress = createProgress(inputs.length, process.stderr);
  // Loaded on demand: it brings the engine onto the main thread, which a pooled lint run leaves to the workers.
  const fixed = fixing ? await (await import('./fix-command.js')).fixFiles(inputs, { config, dryRun: options.fixDryRun, cwd, progress }) : undefined;
  const batch = fixed ?? (await lintFiles(inputs, { config, cache, workers, progress }));
  progress.finish();
  await cache?.save();

  let reports = batch.outcomes.flatMap((outcome) => (outcome.ok ? [outcome.report] : []));
  let baselineSuppressed = 0;
  if (options.writeBaseline !== undefined) {
    const target = resolve(cwd, options.writeBaseline);
    const written = buildBaseline(reports, dirname(target));
    await writeBaseline(target, written);
    ({ reports, suppressed: baselineSuppressed } = applyBaseline(reports, written, dirname(target)));
    log.warn(`wrote ${plural(baselineSuppressed, 'finding')} in ${plural(Object.keys(written.files).length, 'file')} to ${displayPath(target, cwd)}`);
  } else if (baseline && baselinePath) {
    ({ reports, suppressed: baselineSuppressed } = applyBaseline(reports, baseline, dirname(baselinePath)));
  }

  const counts = countProblems(reports.flatMap((report) => report.diagnostics));
  const shown = options.quiet ? reports.map(errorsOnly) : reports;
  const color = chooseColour(options.color, options.outputFile !== undefined, process.env, Boolean(process.stdout.isTTY));
  const output: unknown = reporter ? await reporter(shown, { cwd, color, rules: batch.rules, version, baselineSuppressed }) : (fixed?.diff ?? '');
  if (typeof output !== 'string') throw new UserError(`--format ${options.format}: the reporter returned ${typeof output}, not a string`);
  await writeReport(output, options.outputFile, cwd);

  const failures = batch.outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome]));
  for (const failure of failures) log.warn(`${displayPath(failure.filePath, cwd)}: ${failure.problem}`);
  for (const file of fixed?.unsettled ?? []) log.warn(`${displayPath(file, cwd)}: safe fixes still pending after 10 passes; run --fix again`);
  if (options.maxWarnings >= 0 && counts.warnings > options.maxWarnings) {
    log.warn(`too many warnings (${counts.warnings}; --max-warnings is ${options.maxWarnings})`);
  }
  const stats = cache?.stats();
  log.debug(
    `${plural(inputs.length, 'file')}; ${stats ? `cache ${stats.hits} hits, ${stats.misses} misses; ` : ''}` +
      `${batch.workersStarted > 0 ? `${plural(batch.workersStarted, 'worker')}` : 'main thread'}; ` +
      `${Math.round(performance.now() - started)} ms; cpu ${cpuMilliseconds()} ms; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
  return exitCodeFor(counts, failures.length, options.maxWarnings);
}

async function collectInputs(options: CliOptions, cwd: string): Promise<LintInput[]> {
  if (options.stdin) {
    const filePath = options.stdinFilename === undefined ? undefined : resolve(cwd, options.stdinFilename);
    return [{ filePath, text: await readStdin() }];
  }
  const isIgnored = await loadIgnoreRules(cwd, options.ignorePatterns);
  const files = await findFiles(options.operands.length > 0 ? options.operands : ['.'], cwd, isIgnored);
  return files.map((filePath) => ({ filePath }));
}

/** CPU time of the whole process so far, every thread included. */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000);
}

function errorsOnly(report: FileReport): FileReport {
  return { ...report, diagnostics: report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') };
}
