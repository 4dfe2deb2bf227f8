import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ResolveOptions } from './resolve-config.js';

/** File names tried in each folder, best first. */
export const CONFIG_FILE_NAMES = ['.textlintrc.json', '.textlintrc'] as const;

/** Folder → the config file in force there (`null`: none up to the root). */
const nearestByFolder = new Map<string, string | null>();

/** Find the config file for `filePath`: the nearest `.textlintrc.json` (or `.textlintrc`) in its folder or above. */
export function findConfigFile(filePath: string): string | undefined {
  return findFromFolder(dirname(resolve(filePath))) ?? undefined;
}

/** Forget every cached lookup (after config files are created or deleted). */
export function clearConfigFileCache(): void {
  nearestByFolder.clear();
}

function findFromFolder(folder: string): string | null {
  const cached = nearestByFolder.get(folder);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(folder, name);
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
      found = candidate;
      break;
    }
  }
  if (found === null) {
    const parent = dirname(folder);
    // Every folder on the way up is cached too, so sibling files share the walk.
    found = parent === folder ? null : findFromFolder(parent);
  }
  nearestByFolder.set(folder, found);
  return found;
}

/** The config file that governs `filePath` (absolute, or undefined for stdin), or undefined for `newslint:recommended`. */
export function configPathFor(filePath: string | undefined, options: ResolveOptions): string | undefined {
  const cwd = options.cwd ?? process.cwd();
  if (options.configFile) return resolve(cwd, options.configFile);
  return options.noConfig ? undefined : findConfigFile(filePath ?? join(cwd, 'stdin'));
}
