import type { Root as NlcstRoot } from 'nlcst';
import type { Plugin } from 'unified';
import type { Rule } from '../engine/types.js';
import { importPackage, PackageLoadError } from './import-package.js';
import { retextRule } from './retext-rule.js';

/**
 * Load the retext plugin package `packageName` (e.g. `retext-passive`) and wrap it as a rule whose id
 * is the package name. Its options are passed through unchecked: retext packages publish no schema.
 */
export async function loadRetextRule(packageName: string, fromFolder: string): Promise<Rule> {
  const { module, package: found } = await importPackage(packageName, fromFolder);
  const plugin = module.default;
  if (typeof plugin !== 'function') {
    throw new PackageLoadError(`Package \`${packageName}\` has no default export to use as a retext plugin`);
  }
  const { description, homepage } = found.manifest;
  return retextRule<Record<string, unknown>>({
    id: packageName,
    // A third-party checker could be about anything; `style` is the broadest kind.
    kind: 'style',
    description: typeof description === 'string' ? description : `Checks from the retext plugin ${packageName}`,
    plugin: plugin as Plugin<[Record<string, unknown>?], NlcstRoot>,
    defaults: {},
    schema: {},
    severity: 'warning',
    url: typeof homepage === 'string' ? homepage : `https://www.npmjs.com/package/${packageName}`,
  });
}
