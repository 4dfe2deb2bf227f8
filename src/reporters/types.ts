import type { Diagnostic, RuleKind, Severity } from '../engine/types.js';

/** One linted file as every reporter receives it. */
export interface FileReport {
  /** Absolute path, or `<text>` for standard input read without `--stdin-filename`. */
  filePath: string;
  /** The text that was linted (BOM removed); diagnostic offsets point into it. */
  source: string;
  /** Sorted by position. */
  diagnostics: Diagnostic[];
}

/** What reporters know about a rule, whether built in or from a plugin. */
export interface RuleSummary {
  id: string;
  kind: RuleKind;
  description: string;
  /** The rule's own default severity (not the configured one). */
  severity: Severity;
  fixable: boolean;
  url?: string;
  source: string;
}

/** The run as reporters see it besides the results. */
export interface ReporterContext {
  /** Where relative paths in the output start. */
  cwd: string;
  /** Whether the output may carry ANSI colour. */
  color: boolean;
  /** Every rule that was active or reported in this run, by id. */
  rules: Record<string, RuleSummary>;
  /** The newslint version, for tool metadata. */
  version: string;
  /** Findings left out because the baseline already holds them. */
  baselineSuppressed: number;
}

/** Turns results into the text written to stdout or `--output-file`. */
export type Reporter = (results: FileReport[], context: ReporterContext) => string | Promise<string>;
