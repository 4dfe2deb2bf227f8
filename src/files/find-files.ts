import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from '../cli/user-error.js';
import { LINTABLE_EXTENSIONS } from '../parse/detect-format.js';
import type { IgnoreTest } from './ignore-rules.js';

/** Characters that can make an operand a glob; only then is the glob library loaded (it costs start-up time). */
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;
const LINTABLE = new RegExp(`\\.(?:${LINTABLE_EXTENSIONS.join('|')})$`, 'i');
const SKIPPED_FOLDER = 'node_modules';

/**
 * Expand command-line operands into absolute file paths, in operand order, without duplicates.
 * Folders and globs yield lintable files only (skipping `node_modules` and dot-folders); a file named
 * outright is linted whatever its extension. Ignore rules apply to all three. An operand that matches
 * nothing on disk is an error, as a typo in a CI script must not pass silently.
 */
export async function findFiles(operands: readonly string[], cwd: string, isIgnored: IgnoreTest): Promise<string[]> {
  const found = new Set<string>();
  for (const operand of operands) {
    for (const file of await expandOperand(operand, cwd, isIgnored)) found.add(file);
  }
  return [...found];
}

async function expandOperand(operand: string, cwd: string, isIgnored: IgnoreTest): Promise<string[]> {
  const globbing = GLOB_CHARACTERS.test(operand) ? await import('tinyglobby') : undefined;
  if (globbing?.isDynamicPattern(operand)) {
    const matches = await globbing.glob(operand, { cwd, absolute: true, dot: false, onlyFiles: true, ignore: [`**/${SKIPPED_FOLDER}/**`] });
    if (matches.length === 0) throw new UserError(`${operand}: no files match this pattern`);
    return matches
      .map((match) => resolve(match))
      .filter((file) => LINTABLE.test(file) && !isIgnored(file, false))
      .sort();
  }
  const path = resolve(cwd, operand);
  const stats = await stat(path).catch(() => undefined);
  if (!stats) throw new UserError(`${operand}: no such file or folder`);
  if (stats.isDirectory()) return isIgnored(path, true) ? [] : walkFolder(path, isIgnored);
  return isIgnored(path, false) ? [] : [path];
}

async function walkFolder(folder: string, isIgnored: IgnoreTest): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new UserError(`${folder}: cannot read folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    // Symbolic links to folders are not followed: they can loop and can leave the tree.
    if (entry.isDirectory()) {
      if (entry.name !== SKIPPED_FOLDER && !isIgnored(path, true)) files.push(...(await walkFolder(path, isIgnored)));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && LINTABLE.test(entry.name) && !isIgnored(path, false)) {
      files.push(path);
    }
  }
  return files;
}
