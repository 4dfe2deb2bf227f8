import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'dist/src/cli/bin.js');
const HOOK = pathToFileURL(join(import.meta.dirname, 'record-harper-load.mjs')).href;
if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first with \`npx tsc -p tsconfig.json\``);
const folder = mkdtempSync(join(tmpdir(), 'newslint-harper-load-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the built CLI on stdin in a fresh process and returns the harper.js modules it loaded. */
function harperModulesLoaded(args: string[], log: string): string[] {
  const env = { ...process.env, HARPER_LOAD_LOG: join(folder, log) };
  const run = spawnSync(process.execPath, ['--import', HOOK, BIN, '--stdin', '--no-config', '--format', 'json', ...args], {
    cwd: folder,
    input: 'The mayor said she don’t expect the bridge to reopen before spring.\n',
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  return existsSync(env.HARPER_LOAD_LOG) ? readFileSync(env.HARPER_LOAD_LOG, 'utf8').split('\n').filter(Boolean) : [];
}

// harper.js costs about a second to load: the recommended preset, which has no Harper rule, must not.
describe('loading harper.js', { timeout: 60_000 }, () => {
  it('never happens when linting with newslint:recommended', () => {
    expect(harperModulesLoaded([], 'recommended.log')).toEqual([]);
  });

  it('happens once a Harper rule is switched on', () => {
    expect(harperModulesLoaded(['--rule', 'harper-grammar:warning'], 'harper.log')).not.toEqual([]);
  });
});
