import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built command line; `npm test` builds it before the tests run. */
export const BIN = join(ROOT, 'dist/src/cli/bin.js');
export const FIXTURES = join(ROOT, 'test/fixtures/cli');

if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first with \`npx tsc -p tsconfig.json\``);

/** What one run of the CLI printed and returned. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `newslint` the way a user would: a separate node process in `cwd`. */
export function newslint(args: string[], options: { cwd: string; input?: string; env?: Record<string, string | undefined> }): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const workspaces: string[] = [];
afterAll(() => {
  for (const folder of workspaces) rmSync(folder, { recursive: true, force: true });
});

/**
 * A temporary project folder with the test plugin installed and, unless `config` is false, a
 * `.textlintrc.json` that turns on only its rules; `files` maps relative paths to contents.
 */
export function workspace(files: Record<string, string | Buffer> = {}, options: { config?: boolean } = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'newslint-cli-'));
  workspaces.push(folder);
  cpSync(join(FIXTURES, 'newslint-plugin-testkit'), join(folder, 'node_modules/newslint-plugin-testkit'), { recursive: true });
  if (options.config !== false) cpSync(join(FIXTURES, 'textlintrc.json'), join(folder, '.textlintrc.json'));
  for (const [path, content] of Object.entries(files)) writeFile(folder, path, content);
  return folder;
}

/** Write a file inside a workspace, creating folders on the way. */
export function writeFile(folder: string, path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(folder, path)), { recursive: true });
  writeFileSync(join(folder, path), content);
}

/** One of the fixture articles' text. */
export function article(name: 'harbour.txt' | 'library.md' | 'ferry.html'): string {
  return readFileSync(join(FIXTURES, 'articles', name), 'utf8');
}

/** ESLint-format results from `--format json`. */
export function parseJson(run: CliRun): Array<{ filePath: string; messages: Array<Record<string, unknown>>; errorCount: number; warningCount: number }> {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

/** `ruleId@line:column` for each message, in output order, file by file. */
export function findings(run: CliRun): string[] {
  return parseJson(run).flatMap((result) => result.messages.map((message) => `${message.ruleId}@${message.line}:${message.column}`));
}
