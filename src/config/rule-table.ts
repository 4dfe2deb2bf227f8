import { builtinRules } from '../../rules/index.js';
import type { Rule } from '../engine/types.js';
import { PackageLoadError } from '../plugins/import-package.js';
import { loadNewslintPlugin } from '../plugins/load-newslint-plugin.js';
import { loadRetextRule } from '../plugins/load-retext-rule.js';
import { configErrorAt, formatKeyPath } from './config-error.js';
import type { KeyPath } from './parse-jsonc.js';
import type { LoadedConfigFile } from './load-config-file.js';

/** A rule that config may switch on, and where it comes from. */
export interface KnownRule {
  rule: Rule;
  /** `newslint`, a plugin package name, or a retext package name. */
  source: string;
  /** True for retext packages, which publish no schema: their options are passed through unchecked. */
  uncheckedOptions: boolean;
}

/** Every rule id a config chain may name: built-ins, its plugins' rules, and the retext packages it names. */
export type RuleTable = Map<string, KnownRule>;

/** True for rule keys that name a retext plugin package. */
export function isRetextPackageKey(id: string): boolean {
  return id.startsWith('retext-');
}

/** Build the rule table for a chain of config files, loading the plugins and retext packages they name. */
export async function buildRuleTable(chain: LoadedConfigFile[]): Promise<RuleTable> {
  const table: RuleTable = new Map();
  for (const rule of Object.values(builtinRules)) table.set(rule.meta.id, { rule, source: 'newslint', uncheckedOptions: false });
  for (const layer of chain) {
    for (const [i, name] of (layer.config.plugins ?? []).entries()) {
      const plugin = await loadOrFail(layer, ['plugins', i], `Plugin \`${name}\``, () => loadNewslintPlugin(name, layer.folder));
      for (const [id, rule] of plugin.rules) table.set(id, { rule, source: plugin.packageName, uncheckedOptions: false });
    }
  }
  for (const layer of chain) {
    for (const [path, rules] of ruleBlocks(layer)) {
      for (const id of Object.keys(rules)) {
        if (isRetextPackageKey(id)) await addRetextRule(table, id, layer, [...path, id]);
      }
    }
  }
  return table;
}

/** Load the retext package `id` into the table unless it is there already. */
export async function addRetextRule(table: RuleTable, id: string, layer: Pick<LoadedConfigFile, 'path' | 'folder' | 'locate'>, keyPath: KeyPath): Promise<void> {
  if (table.has(id)) return;
  const rule = await loadOrFail(layer, keyPath, `Rule \`${formatKeyPath(keyPath)}\``, () => loadRetextRule(id, layer.folder));
  table.set(id, { rule, source: id, uncheckedOptions: true });
}

/** Each `rules` object in a config file with its key path: the top-level one, then each override's. */
export function ruleBlocks(layer: LoadedConfigFile): Array<[KeyPath, Record<string, unknown>]> {
  const blocks: Array<[KeyPath, Record<string, unknown>]> = [];
  if (layer.config.rules) blocks.push([['rules'], layer.config.rules]);
  layer.config.overrides?.forEach((override, i) => {
    if (override.rules) blocks.push([['overrides', i, 'rules'], override.rules]);
  });
  return blocks;
}

async function loadOrFail<T>(layer: Pick<LoadedConfigFile, 'path' | 'locate'>, keyPath: KeyPath, what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof PackageLoadError) throw configErrorAt(layer.path, layer.locate(keyPath), `${what}: ${error.message}`);
    throw error;
  }
}
