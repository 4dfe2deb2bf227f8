import type { ArchiveSource } from '../archive/archive-source.js';
import type { FilterSettings, ResolvedConfig } from './types.js';

/** The resolved configuration as plain JSON data, for `--print-config`. */
export interface ConfigDescription {
  files: string[];
  rules: Record<string, { severity: string; options: Record<string, unknown>; source: string }>;
  filters: FilterSettings;
  /** Reference copy named under `archive`, with the folder each pattern is relative to. */
  archive?: ArchiveSource[];
}

/** Describe a resolved configuration as plain data: rule ids (sorted) with severity, options and source. */
export function describeConfig(resolved: ResolvedConfig): ConfigDescription {
  const rules: ConfigDescription['rules'] = {};
  for (const id of [...resolved.rules.keys()].sort()) {
    const active = resolved.rules.get(id)!;
    rules[id] = { severity: active.severity, options: active.options, source: active.source };
  }
  return { files: resolved.files, rules, filters: resolved.filters, ...(resolved.archive ? { archive: resolved.archive } : {}) };
}
