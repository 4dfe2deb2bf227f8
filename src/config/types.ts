import type { ArchiveSource } from '../archive/archive-source.js';
import type { Rule, Severity } from '../engine/types.js';

/** A rule's entry as a user writes it in `.textlintrc.json`. */
export type RuleEntry = boolean | Severity | 'off' | ({ severity?: Severity | 'off' } & Record<string, unknown>);

/** The `.textlintrc.json` shape (textlint's, plus `extends` and `overrides`). */
export interface ConfigFile {
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  /** Plugin names: `foo` loads the npm package `newslint-plugin-foo`. */
  plugins?: string[];
  /** `comments: boolean`, `allowlist: {allow: string[]}`, `severity: Severity` (the lowest kept). */
  filters?: Record<string, boolean | string | Record<string, unknown>>;
  overrides?: Array<{ files: string | string[]; excludedFiles?: string | string[]; rules?: Record<string, RuleEntry> }>;
  /** Reference copy (files, folders or globs relative to this file) whose lines count as other stories. */
  archive?: string | string[];
}

/** A rule switched on for a file, with everything the engine needs to run it. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  /** Defaults merged with the user's validated options. */
  options: Record<string, unknown>;
  /** `newslint`, the plugin package name, or the retext package name. */
  source: string;
}

/** Message filters: they can only suppress diagnostics. */
export interface FilterSettings {
  /** Honour `newslint-disable` / `enable` / `disable-next-line` directives (default true). */
  comments: boolean;
  /** Texts or `/regex/flags` whose diagnostics are dropped when the flagged text matches. */
  allowlist: string[];
  /** Drop diagnostics below this severity. */
  minimumSeverity?: Severity;
}

/** The configuration in force for one file. */
export interface ResolvedConfig {
  rules: Map<string, ActiveRule>;
  filters: FilterSettings;
  /** Config files that contributed, nearest last (for cache keys and error messages). */
  files: string[];
  /** Reference copy the chain's `archive` keys name, base configs first; absent when none does. */
  archive?: ArchiveSource[];
}
