import type { Rule } from '../engine/types.js';
import { importPackage, PackageLoadError } from './import-package.js';

/** A plugin's rules, keyed by their qualified id (`foo/rule-id`). */
export interface LoadedPlugin {
  /** The name as written in `plugins` (the prefix of its rule ids). */
  namespace: string;
  packageName: string;
  rules: Map<string, Rule>;
}

/** `foo` → `newslint-plugin-foo`, `@acme/foo` → `@acme/newslint-plugin-foo`, `@acme` → `@acme/newslint-plugin`. */
export function pluginPackageName(name: string): string {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/', 2);
    if (rest === undefined) return `${scope}/newslint-plugin`;
    return rest.startsWith('newslint-plugin') ? name : `${scope}/newslint-plugin-${rest}`;
  }
  return name.startsWith('newslint-plugin-') ? name : `newslint-plugin-${name}`;
}

/** The prefix of a plugin's rule ids: the name without the `newslint-plugin-` part. */
function namespaceOf(name: string): string {
  return name.replace(/(^|\/)newslint-plugin-?/, '$1').replace(/\/$/, '');
}

/** Load a newslint plugin package (`{rules: Record<string, Rule>}`) as seen from `fromFolder`. */
export async function loadNewslintPlugin(name: string, fromFolder: string): Promise<LoadedPlugin> {
  const packageName = pluginPackageName(name);
  const { module } = await importPackage(packageName, fromFolder);
  const exported = (module.rules ?? (module.default as Record<string, unknown> | undefined)?.rules) as unknown;
  if (!exported || typeof exported !== 'object') {
    throw new PackageLoadError(`Plugin \`${packageName}\` exports no \`rules\` object`);
  }
  const namespace = namespaceOf(name);
  const rules = new Map<string, Rule>();
  for (const [id, rule] of Object.entries(exported as Record<string, { meta?: Partial<Rule['meta']>; create?: unknown }>)) {
    if (!rule || typeof rule.create !== 'function' || !rule.meta || typeof rule.meta.messages !== 'object') {
      throw new PackageLoadError(`Plugin \`${packageName}\` rule \`${id}\` is not a rule (it needs \`meta\` with \`messages\`, and \`create\`)`);
    }
    const qualified = `${namespace}/${id}`;
    // Plain-JS plugins may leave out what a rule without options does not need; the qualified id is
    // the one users configure and see, so the rule carries it too.
    const meta = { kind: 'style', severity: 'warning', fixable: false, defaults: {}, schema: {}, description: '', ...rule.meta, id: qualified };
    rules.set(qualified, { ...(rule as Rule), meta: meta as Rule['meta'] });
  }
  return { namespace, packageName, rules };
}
