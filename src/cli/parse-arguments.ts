import { parseArgs } from 'node:util';
import { suggestName } from '../config/suggest-name.js';
import type { Severity } from '../engine/types.js';
import type { Concurrency } from '../workers/choose-worker-count.js';
import { UserError } from './user-error.js';

/** Everything the command line asked for, checked. */
export interface CliOptions {
  operands: string[];
  stdin: boolean;
  stdinFilename: string | undefined;
  ignorePatterns: string[];
  /** `--archive`: reference copy indexed for recurring lines, not linted. */
  archive: string[];
  configFile: string | undefined;
  noConfig: boolean;
  ruleOverrides: Record<string, Severity | 'off'>;
  printConfig: string | undefined;
  listRules: boolean;
  init: boolean;
  format: string;
  outputFile: string | undefined;
  quiet: boolean;
  /** -1: no limit. */
  maxWarnings: number;
  /** undefined: decide from the terminal and NO_COLOR / FORCE_COLOR. */
  color: boolean | undefined;
  baseline: string | undefined;
  writeBaseline: string | undefined;
  cache: boolean;
  cacheLocation: string | undefined;
  /** Apply safe fixes to the files. */
  fix: boolean;
  /** Work the fixes out without writing (`--format diff` prints them). */
  fixDryRun: boolean;
  concurrency: Concurrency;
  debug: boolean;
  version: boolean;
  help: boolean;
}

const OPTIONS = {
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'ignore-pattern': { type: 'string', multiple: true },
  archive: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  init: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  concurrency: { type: 'string' },
  debug: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parse and check `argv` (without `node` and the script); mistakes throw a one-line UserError. */
export function parseArguments(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(describeParseError(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    operands: positionals,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    ignorePatterns: values['ignore-pattern'] ?? [],
    archive: values.archive ?? [],
    configFile: values.config,
    noConfig: values['no-config'] ?? false,
    ruleOverrides: parseRuleOverrides(values.rule ?? []),
    printConfig: values['print-config'],
    listRules: values['list-rules'] ?? false,
    init: values.init ?? false,
    format: values.format ?? 'stylish',
    outputFile: values['output-file'],
    quiet: values.quiet ?? false,
    maxWarnings: values['max-warnings'] === undefined ? -1 : parseCount('--max-warnings', values['max-warnings']),
    color: values['no-color'] ? false : values.color ? true : undefined,
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    cache: (values.cache ?? false) || values['cache-location'] !== undefined,
    cacheLocation: values['cache-location'],
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    concurrency: parseConcurrency(values.concurrency ?? 'auto'),
    debug: values.debug ?? false,
    version: values.version ?? false,
    help: values.help ?? false,
  };
  checkCombinations(options, values);
  return options;
}

function parseRuleOverrides(settings: readonly string[]): Record<string, Severity | 'off'> {
  const overrides: Record<string, Severity | 'off'> = {};
  for (const setting of settings) {
    const colon = setting.lastIndexOf(':');
    if (colon <= 0 || colon === setting.length - 1) throw new UserError(`--rule ${setting}: expected \`rule-id:severity\`, e.g. \`passive-voice:off\``);
    overrides[setting.slice(0, colon).trim()] = setting.slice(colon + 1).trim() as Severity | 'off';
  }
  return overrides;
}

function parseCount(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UserError(`${flag} ${value}: expected a whole number of 0 or more`);
  return Number(value);
}

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  throw new UserError(`--concurrency ${value}: expected \`auto\`, \`off\` or a number of worker threads (1 or more)`);
}

function checkCombinations(options: CliOptions, values: { color?: boolean; 'no-color'?: boolean }): void {
  const clash = (a: string, b: string) => new UserError(`${a} and ${b} cannot be used together`);
  if (options.stdin && options.operands.length > 0) throw new UserError(`--stdin reads standard input, so file operands (${options.operands[0]}) make no sense with it`);
  if (options.stdinFilename !== undefined && !options.stdin) throw new UserError('--stdin-filename needs --stdin');
  if (options.configFile !== undefined && options.noConfig) throw clash('--config', '--no-config');
  if (options.baseline !== undefined && options.writeBaseline !== undefined) throw clash('--baseline', '--write-baseline');
  if (values.color && values['no-color']) throw clash('--color', '--no-color');
  if (options.fix && options.fixDryRun) throw clash('--fix', '--fix-dry-run');
  if (options.fix && options.stdin) throw new UserError('--fix writes files, so it cannot fix standard input: use --fix-dry-run');
  if (options.format === 'diff' && !options.fix && !options.fixDryRun) throw new UserError('--format diff shows what fixing changes: use it with --fix-dry-run or --fix');
}

function describeParseError(error: Error & { code?: string }): string {
  const firstLine = error.message.split('\n')[0];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = firstLine.match(/'([^']+)'/)?.[1] ?? firstLine;
    const known = Object.keys(OPTIONS).map((name) => `--${name}`);
    return `unknown option ${option}${suggestName(option, known)}`;
  }
  // Node's wording ("Option '--format, -f <value>' argument missing") is clear; drop its trailing period.
  return firstLine.replace(/\.$/, '');
}
