import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { UserError } from '../cli/user-error.js';

/** The file in the working folder that lists paths not to lint, in gitignore syntax. */
export const IGNORE_FILE = '.newslintignore';

/** Answers whether a path is ignored; `folder` says it names a folder (gitignore's `dir/` patterns). */
export type IgnoreTest = (absolutePath: string, folder: boolean) => boolean;

/** Build the ignore test from `.newslintignore` in `cwd` (if any) and `--ignore-pattern` values, both relative to `cwd`. */
export async function loadIgnoreRules(cwd: string, extraPatterns: readonly string[]): Promise<IgnoreTest> {
  const ignoreFile = join(cwd, IGNORE_FILE);
  let listed = '';
  try {
    listed = await readFile(ignoreFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new UserError(`${ignoreFile}: cannot read (${code ?? String(error)})`);
  }
  if (!listed.trim() && extraPatterns.length === 0) return () => false;
  // Loaded only when there is something to ignore: most runs skip its start-up cost.
  const { default: ignore } = await import('ignore');
  const rules = ignore().add(listed).add([...extraPatterns]);
  return (absolutePath, folder) => {
    const path = relative(cwd, absolutePath);
    // Patterns are relative to cwd; paths outside it (or cwd itself) cannot match any of them.
    if (path === '' || path.startsWith('..') || isAbsolute(path)) return false;
    const posixPath = path.split(sep).join('/');
    return rules.ignores(folder ? `${posixPath}/` : posixPath);
  };
}
