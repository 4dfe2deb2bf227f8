import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lintWithBuiltEngine } from './built-engine.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = join(ROOT, 'seeds/kim-jong-un-china-visit.txt');
const INIT = join(ROOT, 'test/fixtures/nvim/init.lua');
const SERVER = join(ROOT, 'dist/src/server/bin.js');
const nvimVersion = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout?.split('\n', 1)[0];
const SEVERITY = { error: 1, warning: 2, info: 3 } as const;
const MISSING = nvimVersion ? '' : ' (SKIPPED: nvim is not installed; `apt-get install -y neovim`, as CI does)';
// The default reporter hides skipped tests' names: say it out loud.
if (MISSING) console.warn(`neovim.test.ts${MISSING}`);

interface NeovimReport {
  uri?: string;
  error?: string;
  diagnostics?: Array<{ lnum: number; col: number; end_lnum: number; end_col: number; severity: number; message: string; source: string; code: string }>;
}

describe('Neovim built-in LSP client (end to end)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'newslint-nvim-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.skipIf(!nvimVersion)(`opens the seed article and receives the same diagnostics as the CLI${MISSING}`, async () => {
    const out = join(scratch, 'diagnostics.json');
    const exitCode = await new Promise<number | null>((done) => {
      const nvim = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', INIT, SEED], {
        cwd: ROOT,
        env: { ...process.env, NEWSLINT_SERVER: SERVER, NEWSLINT_OUT: out, XDG_STATE_HOME: scratch, XDG_DATA_HOME: scratch, XDG_CONFIG_HOME: scratch, XDG_CACHE_HOME: scratch },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      nvim.on('exit', done);
    });
    const report = JSON.parse(readFileSync(out, 'utf8')) as NeovimReport;
    expect(report.error).toBeUndefined();
    expect(exitCode).toBe(0);
    expect(report.uri).toBe(pathToFileURL(SEED).href);

    const expected = await lintWithBuiltEngine(SEED);
    expect(expected.length).toBeGreaterThan(0);
    const byPlace = (a: { lnum: number; col: number; message: string }, b: typeof a) => a.lnum - b.lnum || a.col - b.col || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
    expect(report.diagnostics).toEqual(
      expected
        .map((diagnostic) => ({
          lnum: diagnostic.line - 1,
          col: diagnostic.column - 1,
          end_lnum: diagnostic.endLine - 1,
          end_col: diagnostic.endColumn - 1,
          severity: SEVERITY[diagnostic.severity],
          message: diagnostic.message,
          source: 'newslint',
          code: diagnostic.ruleId,
        }))
        .sort(byPlace),
    );
  }, 60_000);
});
