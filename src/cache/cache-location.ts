import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CACHE_FILE } from './lint-cache.js';

/** Where the cache file lives: `.newslintcache` in `cwd`, or `--cache-location` (a folder gets `.newslintcache` inside). */
export function cacheLocation(cwd: string, option: string | undefined): string {
  if (option === undefined) return join(cwd, CACHE_FILE);
  const path = resolve(cwd, option);
  const isFolder = /[\\/]$/.test(option) || statSync(path, { throwIfNoEntry: false })?.isDirectory();
  return isFolder ? join(path, CACHE_FILE) : path;
}
