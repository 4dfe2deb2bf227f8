import { relative, sep } from 'node:path';
import type { LoadedConfigFile } from './load-config-file.js';
import type { RuleEntry } from './types.js';

/** An `overrides` entry ready to test file paths against. */
export interface CompiledOverride {
  /** True when the override applies to this absolute file path. */
  matches(filePath: string): boolean;
  rules: Record<string, RuleEntry>;
}

type Picomatch = typeof import('picomatch');

/**
 * Compile a config file's `overrides` globs. Paths are taken relative to the config file's folder;
 * patterns without a slash also match the base name, as in ESLint. picomatch is passed in so it is
 * only loaded when some config has overrides.
 */
export function compileOverrides(layer: LoadedConfigFile, picomatch: Picomatch): CompiledOverride[] {
  return (layer.config.overrides ?? []).map((override) => {
    const included = compileGlobs(override.files, picomatch);
    const excluded = compileGlobs(override.excludedFiles ?? [], picomatch);
    return {
      rules: override.rules ?? {},
      matches(filePath) {
        const path = relative(layer.folder, filePath).split(sep).join('/');
        if (path === '' || path.startsWith('../')) return false;
        return included(path) && !excluded(path);
      },
    };
  });
}

/**
 * One matcher for a list of globs: a pattern without a slash matches the base name, any other the
 * whole relative path. (picomatch's own `basename` option also changes how slashed patterns match.)
 */
function compileGlobs(globs: string | string[], picomatch: Picomatch): (path: string) => boolean {
  const list = (typeof globs === 'string' ? [globs] : globs).map((glob) => glob.replace(/^\.\//, ''));
  const onName = list.filter((glob) => !glob.includes('/'));
  const onPath = list.filter((glob) => glob.includes('/'));
  const matchName = onName.length > 0 ? picomatch(onName, { dot: true }) : () => false;
  const matchPath = onPath.length > 0 ? picomatch(onPath, { dot: true }) : () => false;
  return (path) => matchPath(path) || matchName(path.slice(path.lastIndexOf('/') + 1));
}
