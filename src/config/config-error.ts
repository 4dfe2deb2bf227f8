import type { TextPoint } from './parse-jsonc.js';

/** A problem with configuration: its message is one line naming the file, the place and the key. */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** The config file (or `--rule`, for command-line settings) the problem is in. */
    readonly file: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Build a ConfigError reading `<file>:<line>:<column>: <problem>` (the place is left out when unknown). */
export function configErrorAt(file: string, point: TextPoint | undefined, problem: string): ConfigError {
  const place = point ? `${file}:${point.line}:${point.column}` : file;
  return new ConfigError(`${place}: ${problem}`, file);
}

/** Show a key path the way a user would write it: `overrides[0].rules.readability.age`. */
export function formatKeyPath(path: ReadonlyArray<string | number>): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');
}
