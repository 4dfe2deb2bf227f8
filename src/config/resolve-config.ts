import { resolve } from 'node:path';
import type { ArchiveSource } from '../archive/archive-source.js';
import type { Severity } from '../engine/types.js';
import { SEVERITY_NAMES } from './check-config-shape.js';
import { archiveSourcesOfLayer } from './archive-sources.js';
import { checkRuleEntries } from './check-rule-entries.js';
import { compileOverrides, type CompiledOverride } from './compile-overrides.js';
import { ConfigError } from './config-error.js';
import { configPathFor } from './find-config-file.js';
import { loadConfigChain } from './load-config-chain.js';
import { loadConfigFile, type LoadedConfigFile } from './load-config-file.js';
import { mergeFilters } from './merge-filters.js';
import { mergeRuleEntry, type RuleSetting } from './merge-rule-entry.js';
import { isPresetName, presetConfig } from './presets.js';
import { addRetextRule, buildRuleTable, isRetextPackageKey, type RuleTable } from './rule-table.js';
import { suggestName } from './suggest-name.js';
import type { ActiveRule, FilterSettings, ResolvedConfig } from './types.js';

/** How to find the configuration for a file. */
export interface ResolveOptions {
  /** Use this config file instead of searching (relative to `cwd`). */
  configFile?: string;
  /** Ignore config files: use `newslint:recommended`. */
  noConfig?: boolean;
  /** Where relative paths start, and where the search starts without a file path (default: process.cwd()). */
  cwd?: string;
  /** Severities from the command line (`--rule id:severity`), applied last. */
  ruleOverrides?: Record<string, Severity | 'off'>;
}

/** A config file with its bases, plugins and rules loaded: everything that does not depend on the linted file. */
interface ConfigChain {
  chain: LoadedConfigFile[];
  table: RuleTable;
  overrides: CompiledOverride[][];
  filters: FilterSettings;
  files: string[];
  archive: ArchiveSource[];
}

const RECOMMENDED = 'newslint:recommended';
const COMMAND_LINE = '--rule';

/** Config path (or preset name) → its loaded chain; shared by every file that config governs. */
const chains = new Map<string, Promise<ConfigChain>>();

/** Find, load, check and merge the configuration in force for `filePath` (no config file → `newslint:recommended`). */
export async function resolveConfig(filePath: string | undefined, options: ResolveOptions = {}): Promise<ResolvedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const absoluteFile = filePath === undefined ? undefined : resolve(cwd, filePath);
  const configPath = configPathFor(absoluteFile, options);
  const key = configPath ?? RECOMMENDED;
  let pending = chains.get(key);
  if (!pending) {
    pending = loadChain(configPath);
    chains.set(key, pending);
  }
  const loaded = await pending;
  const settings = settingsFor(loaded, absoluteFile);
  if (options.ruleOverrides) await applyRuleOverrides(settings, loaded.table, options.ruleOverrides, cwd);
  const resolved: ResolvedConfig = { rules: activeRules(settings, loaded.table), filters: { ...loaded.filters, allowlist: [...loaded.filters.allowlist] }, files: loaded.files };
  if (loaded.archive.length > 0) resolved.archive = loaded.archive;
  return resolved;
}

/** Forget loaded config files (after they change on disk). */
export function clearResolvedConfigCache(): void {
  chains.clear();
}

async function loadChain(configPath: string | undefined): Promise<ConfigChain> {
  const chain = configPath ? loadConfigChain(loadConfigFile(configPath)) : [presetConfig(RECOMMENDED)!];
  const table = await buildRuleTable(chain);
  for (const layer of chain) checkRuleEntries(layer, table);
  const hasOverrides = chain.some((layer) => layer.config.overrides?.length);
  const picomatch = hasOverrides ? (await import('picomatch')).default : undefined;
  return {
    chain,
    table,
    overrides: chain.map((layer) => (picomatch ? compileOverrides(layer, picomatch) : [])),
    filters: mergeFilters(chain),
    files: chain.filter((layer) => !isPresetName(layer.path)).map((layer) => layer.path),
    archive: chain.flatMap(archiveSourcesOfLayer),
  };
}

/** Merge the chain's rule entries for one file: each layer's `rules`, then its matching `overrides`, in order. */
function settingsFor(loaded: ConfigChain, filePath: string | undefined): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  const apply = (rules: Record<string, Parameters<typeof mergeRuleEntry>[1]>) => {
    for (const [id, entry] of Object.entries(rules)) settings.set(id, mergeRuleEntry(settings.get(id), entry));
  };
  loaded.chain.forEach((layer, i) => {
    apply(layer.config.rules ?? {});
    if (filePath === undefined) return;
    for (const override of loaded.overrides[i]) if (override.matches(filePath)) apply(override.rules);
  });
  return settings;
}

async function applyRuleOverrides(settings: Map<string, RuleSetting>, table: RuleTable, overrides: Record<string, string>, cwd: string): Promise<void> {
  for (const [id, severity] of Object.entries(overrides)) {
    if (isRetextPackageKey(id)) {
      await addRetextRule(table, id, { path: COMMAND_LINE, folder: cwd, locate: () => undefined }, [id]);
    }
    if (!table.has(id)) throw new ConfigError(`${COMMAND_LINE}: Unknown rule \`${id}\`${suggestName(id, [...table.keys()])}`, COMMAND_LINE);
    if (!SEVERITY_NAMES.includes(severity)) {
      throw new ConfigError(`${COMMAND_LINE}: Unknown severity \`${severity}\` for \`${id}\`${suggestName(severity, SEVERITY_NAMES)}`, COMMAND_LINE);
    }
    settings.set(id, mergeRuleEntry(settings.get(id), { severity: severity as Severity | 'off' }));
  }
}

function activeRules(settings: Map<string, RuleSetting>, table: RuleTable): Map<string, ActiveRule> {
  const rules = new Map<string, ActiveRule>();
  for (const [id, setting] of settings) {
    const known = table.get(id);
    if (!setting.enabled || !known) continue;
    rules.set(id, {
      rule: known.rule,
      severity: setting.severity ?? known.rule.meta.severity,
      options: { ...(known.rule.meta.defaults as Record<string, unknown>), ...setting.options },
      source: known.source,
    });
  }
  return rules;
}
