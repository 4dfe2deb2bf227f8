import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ConfigFile } from './types.js';
import { ConfigError, configErrorAt } from './config-error.js';
import { JsoncSyntaxError, parseJsonc, type KeyPath, type TextPoint } from './parse-jsonc.js';
import { checkConfigShape } from './check-config-shape.js';

/** A config file read, parsed and checked for shape, with what later checks need to point at keys. */
export interface LoadedConfigFile {
  /** Absolute path (or a preset name such as `newslint:recommended`). */
  path: string;
  /** Folder that relative `extends`, `overrides` globs and plugin lookups start from. */
  folder: string;
  config: ConfigFile;
  locate(path: KeyPath): TextPoint | undefined;
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
};

/** Read and parse one `.textlintrc(.json)` file (comments allowed) and check its structure. */
export function loadConfigFile(path: string): LoadedConfigFile {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ConfigError(`${file}: Cannot read config file: ${READ_PROBLEMS[code] ?? (error as Error).message}`, file);
  }
  let parsed;
  try {
    parsed = parseJsonc(text);
  } catch (error) {
    if (error instanceof JsoncSyntaxError) throw configErrorAt(file, error.point, error.message);
    throw error;
  }
  return { path: file, folder: dirname(file), config: checkConfigShape(file, parsed), locate: parsed.locate };
}
