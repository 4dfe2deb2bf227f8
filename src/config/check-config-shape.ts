import type { ConfigFile } from './types.js';
import type { KeyPath, ParsedJsonc } from './parse-jsonc.js';
import { configErrorAt, formatKeyPath } from './config-error.js';
import { describeValue } from './describe-value.js';
import { suggestName } from './suggest-name.js';

const TOP_LEVEL_KEYS = ['extends', 'rules', 'plugins', 'filters', 'overrides', 'archive'];
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules'];
const FILTER_NAMES = ['comments', 'allowlist', 'severity'];
const ALLOWLIST_KEYS = ['allow'];
/** Every severity a config may give a rule. */
export const SEVERITY_NAMES = ['error', 'warning', 'info', 'off'];
const FILTER_SEVERITY_NAMES = ['error', 'warning', 'info'];

/** Checks one file's values, failing with errors that point at the offending key. */
class ShapeChecker {
  constructor(
    private readonly file: string,
    private readonly parsed: ParsedJsonc,
  ) {}

  fail(path: KeyPath, problem: string): never {
    throw configErrorAt(this.file, this.parsed.locate(path), problem);
  }

  expect(value: unknown, path: KeyPath, ok: boolean, wanted: string): void {
    const where = path.length > 0 ? ` at \`${formatKeyPath(path)}\`` : '';
    if (!ok) this.fail(path, `Invalid value${where}: expected ${wanted}, got ${describeValue(value)}`);
  }

  object(value: unknown, path: KeyPath, validKeys: readonly string[], what: string): Record<string, unknown> {
    this.expect(value, path, isPlainObject(value), 'an object');
    for (const key of Object.keys(value as object)) {
      if (!validKeys.includes(key)) {
        this.fail([...path, key], `Unknown ${what} \`${formatKeyPath([...path, key])}\`${suggestName(key, validKeys)}`);
      }
    }
    return value as Record<string, unknown>;
  }

  strings(value: unknown, path: KeyPath, allowSingle: boolean): string[] {
    const list = allowSingle && typeof value === 'string' ? [value] : value;
    this.expect(value, path, Array.isArray(list), allowSingle ? 'a string or an array of strings' : 'an array of strings');
    (list as unknown[]).forEach((item, i) => this.expect(item, [...path, i], typeof item === 'string' && item !== '', 'a non-empty string'));
    return list as string[];
  }

  severity(value: unknown, path: KeyPath, valid: readonly string[]): void {
    this.expect(value, path, typeof value === 'string', 'a severity string');
    if (!valid.includes(value as string)) {
      this.fail(path, `Unknown severity \`${String(value)}\` at \`${formatKeyPath(path)}\`${suggestName(String(value), valid)}`);
    }
  }

  rules(value: unknown, path: KeyPath): void {
    this.expect(value, path, isPlainObject(value), 'an object');
    for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
      const entryPath = [...path, id];
      this.expect(entry, entryPath, typeof entry === 'boolean' || typeof entry === 'string' || isPlainObject(entry), 'true, false, a severity or an object of options');
      if (typeof entry === 'string') this.severity(entry, entryPath, SEVERITY_NAMES);
      else if (isPlainObject(entry) && entry.severity !== undefined) this.severity(entry.severity, [...entryPath, 'severity'], SEVERITY_NAMES);
    }
  }

  filters(value: unknown): void {
    const filters = this.object(value, ['filters'], FILTER_NAMES, 'filter');
    if (filters.comments !== undefined) {
      this.expect(filters.comments, ['filters', 'comments'], typeof filters.comments === 'boolean', 'a boolean');
    }
    if (filters.allowlist !== undefined) this.allowlist(filters.allowlist);
    if (filters.severity !== undefined) this.severity(filters.severity, ['filters', 'severity'], FILTER_SEVERITY_NAMES);
  }

  allowlist(value: unknown): void {
    const path = ['filters', 'allowlist'];
    this.expect(value, path, typeof value === 'boolean' || isPlainObject(value), 'a boolean or `{"allow": [...]}`');
    if (!isPlainObject(value)) return;
    const allowlist = this.object(value, path, ALLOWLIST_KEYS, 'option');
    if (allowlist.allow === undefined) return;
    this.strings(allowlist.allow, [...path, 'allow'], false).forEach((pattern, i) => {
      const problem = regexProblem(pattern);
      if (problem) this.fail([...path, 'allow', i], `Invalid pattern at \`${formatKeyPath([...path, 'allow', i])}\`: ${problem}`);
    });
  }

  overrides(value: unknown): void {
    this.expect(value, ['overrides'], Array.isArray(value), 'an array');
    (value as unknown[]).forEach((item, i) => {
      const path = ['overrides', i];
      const override = this.object(item, path, OVERRIDE_KEYS, 'key');
      if (override.files === undefined) this.fail(path, `Missing \`${formatKeyPath([...path, 'files'])}\`: an override needs file patterns`);
      this.strings(override.files, [...path, 'files'], true);
      if (override.excludedFiles !== undefined) this.strings(override.excludedFiles, [...path, 'excludedFiles'], true);
      if (override.rules !== undefined) this.rules(override.rules, [...path, 'rules']);
    });
  }
}

/**
 * Check a parsed config file's structure (keys, types, severities, filters) and return it typed.
 * Which rules and options exist is checked later, once plugins are loaded.
 */
export function checkConfigShape(file: string, parsed: ParsedJsonc): ConfigFile {
  const check = new ShapeChecker(file, parsed);
  const config = check.object(parsed.value, [], TOP_LEVEL_KEYS, 'key');
  if (config.extends !== undefined) check.strings(config.extends, ['extends'], true);
  if (config.rules !== undefined) check.rules(config.rules, ['rules']);
  if (config.plugins !== undefined) check.strings(config.plugins, ['plugins'], false);
  if (config.filters !== undefined) check.filters(config.filters);
  if (config.overrides !== undefined) check.overrides(config.overrides);
  if (config.archive !== undefined) check.strings(config.archive, ['archive'], true);
  return config as ConfigFile;
}

/** `/source/flags` entries must compile; plain strings always do. */
function regexProblem(pattern: string): string | undefined {
  const match = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  if (!match) return undefined;
  try {
    new RegExp(match[1], match[2]);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** True for `{...}` (not arrays, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
