import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A package found on disk: its folder, parsed package.json and ESM entry file. */
export interface ResolvedPackage {
  folder: string;
  manifest: Record<string, unknown>;
  entry: string;
}

/** Conditions tried in `exports`, in the order Node's ESM loader honours for `import()`. */
const CONDITIONS = new Set(['import', 'node', 'default']);

/**
 * Find `packageName` the way Node would from a file in `fromFolder` (walking up `node_modules`),
 * and work out the file `import()` would load. Done by hand because `require.resolve` rejects
 * import-only `exports`, and `import.meta.resolve` cannot start from an arbitrary folder in Node 20.
 */
export function resolvePackage(packageName: string, fromFolder: string): ResolvedPackage | undefined {
  for (let folder = fromFolder; ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', packageName);
    const manifestPath = join(candidate, 'package.json');
    if (statSync(manifestPath, { throwIfNoEntry: false })?.isFile()) {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      return { folder: candidate, manifest, entry: join(candidate, entryOf(manifest)) };
    }
    if (dirname(folder) === folder) return undefined;
  }
}

function entryOf(manifest: Record<string, unknown>): string {
  const exported = manifest.exports === undefined ? undefined : pickExport(rootExport(manifest.exports));
  if (exported) return exported;
  return typeof manifest.main === 'string' ? manifest.main : 'index.js';
}

/** `exports` may map subpaths (`{".": …}`) or be the root target itself. */
function rootExport(exportsField: unknown): unknown {
  if (exportsField && typeof exportsField === 'object' && !Array.isArray(exportsField)) {
    const keys = Object.keys(exportsField);
    if (keys.some((key) => key.startsWith('.'))) return (exportsField as Record<string, unknown>)['.'];
  }
  return exportsField;
}

function pickExport(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const item of target) {
      const picked = pickExport(item);
      if (picked) return picked;
    }
    return undefined;
  }
  if (target && typeof target === 'object') {
    for (const [condition, value] of Object.entries(target)) {
      if (!CONDITIONS.has(condition)) continue;
      const picked = pickExport(value);
      if (picked) return picked;
    }
  }
  return undefined;
}
