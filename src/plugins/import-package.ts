import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../package-root.js';
import { resolvePackage, type ResolvedPackage } from './resolve-package.js';

/** A package that could not be found or loaded; the message says which and why, in one line. */
export class PackageLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageLoadError';
  }
}

/** A loaded package: its module namespace plus where it came from. */
export interface ImportedPackage {
  module: Record<string, unknown>;
  package: ResolvedPackage;
}

/**
 * Import `packageName` as seen from `fromFolder`, falling back to newslint's own dependencies
 * (so `retext-readability` works even where the user has not installed it).
 */
export async function importPackage(packageName: string, fromFolder: string): Promise<ImportedPackage> {
  const found = resolvePackage(packageName, fromFolder) ?? resolvePackage(packageName, PACKAGE_ROOT);
  if (!found) throw new PackageLoadError(`Cannot find package \`${packageName}\` from ${fromFolder} (install it with \`npm i -D ${packageName}\`)`);
  try {
    return { module: (await import(pathToFileURL(found.entry).href)) as Record<string, unknown>, package: found };
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
    throw new PackageLoadError(`Cannot load package \`${packageName}\` from ${found.entry}: ${reason}`);
  }
}
