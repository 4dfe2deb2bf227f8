import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../cli/user-error.js';
import { resolvePackage } from '../plugins/resolve-package.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';
import { unix } from './unix.js';

/** The reporters that ship with newslint, by `--format` name. */
export const BUILTIN_REPORTERS: Record<string, Reporter> = { stylish, json, compact, unix, github, sarif, junit };

/**
 * Find the reporter for `--format NAME`: a built-in name, a path to a module, or a package
 * (`newslint-formatter-NAME` first, then `NAME` itself) installed where `cwd` can see it.
 * A custom reporter's default export is a function `(results, context) => string`.
 */
export async function loadReporter(name: string, cwd: string): Promise<Reporter> {
  const builtin = BUILTIN_REPORTERS[name];
  if (builtin) return builtin;
  const entry = looksLikePath(name) ? resolve(cwd, name) : packageEntry(name, cwd);
  let loaded: { default?: unknown };
  try {
    loaded = (await import(pathToFileURL(entry).href)) as { default?: unknown };
  } catch (error) {
    throw new UserError(`--format ${name}: cannot load the reporter from ${entry} (${firstLine(error)})`);
  }
  if (typeof loaded.default !== 'function') throw new UserError(`--format ${name}: ${entry} has no default export that is a function`);
  return loaded.default as Reporter;
}

function looksLikePath(name: string): boolean {
  return isAbsolute(name) || name.startsWith('.') || /\.[cm]?js$/.test(name);
}

function packageEntry(name: string, cwd: string): string {
  const candidates = name.startsWith('@') || name.startsWith('newslint-formatter-') ? [name] : [`newslint-formatter-${name}`, name];
  for (const candidate of candidates) {
    const found = resolvePackage(candidate, cwd);
    if (found) return found.entry;
  }
  const builtins = Object.keys(BUILTIN_REPORTERS).join(', ');
  throw new UserError(`--format ${name}: no such reporter (built in: ${builtins}; not found as a package: ${candidates.join(', ')})`);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
