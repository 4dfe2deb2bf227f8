import { checkOptionValue } from './check-option-value.js';
import { configErrorAt, formatKeyPath } from './config-error.js';
import type { LoadedConfigFile } from './load-config-file.js';
import type { KeyPath } from './parse-jsonc.js';
import { ruleBlocks, type RuleTable } from './rule-table.js';
import { suggestName } from './suggest-name.js';

/** Check that every rule a config file names exists and that its options fit the rule's schema. */
export function checkRuleEntries(layer: LoadedConfigFile, table: RuleTable): void {
  for (const [blockPath, rules] of ruleBlocks(layer)) {
    for (const [id, entry] of Object.entries(rules)) {
      const path = [...blockPath, id];
      const fail = (at: KeyPath, problem: string): never => {
        throw configErrorAt(layer.path, layer.locate(at), problem);
      };
      const known = table.get(id);
      if (!known) fail(path, unknownRuleProblem(id, path, table));
      if (typeof entry !== 'object' || entry === null || known!.uncheckedOptions) continue;
      const schema = known!.rule.meta.schema as Record<string, Parameters<typeof checkOptionValue>[1]>;
      const optionNames = Object.keys(schema);
      for (const [key, value] of Object.entries(entry)) {
        if (key === 'severity') continue;
        const optionPath = [...path, key];
        if (!Object.hasOwn(schema, key)) {
          const hint = optionNames.length === 0 ? ` (rule \`${id}\` has no options)` : suggestName(key, optionNames);
          fail(optionPath, `Unknown option \`${formatKeyPath(optionPath)}\`${hint}`);
        }
        const problem = checkOptionValue(value, schema[key], optionPath);
        if (problem) fail(problem.path, problem.problem);
      }
    }
  }
}

function unknownRuleProblem(id: string, path: KeyPath, table: RuleTable): string {
  const slash = id.lastIndexOf('/');
  if (slash > 0) {
    const namespace = id.slice(0, slash);
    const prefix = `${namespace}/`;
    const pluginRules = [...table.keys()].filter((known) => known.startsWith(prefix));
    if (pluginRules.length === 0) return `Unknown rule \`${formatKeyPath(path)}\`: no plugin \`${namespace}\` in \`plugins\``;
    return `Unknown rule \`${formatKeyPath(path)}\`${suggestName(id, pluginRules)}`;
  }
  return `Unknown rule \`${formatKeyPath(path)}\`${suggestName(id, [...table.keys()])}`;
}
