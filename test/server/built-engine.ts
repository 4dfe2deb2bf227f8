import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../../src/engine/types.js';

const DIST = join(import.meta.dirname, '../../dist/src');

/**
 * Lints a file with the built engine (dist/), the code the server and the CLI run, so expectations
 * never drift from it while the sources are being edited.
 */
export async function lintWithBuiltEngine(path: string, text = readFileSync(path, 'utf8')): Promise<Diagnostic[]> {
  const { lint } = (await import(pathToFileURL(join(DIST, 'index.js')).href)) as typeof import('../../src/index.js');
  const { resolveConfig } = (await import(pathToFileURL(join(DIST, 'config/index.js')).href)) as typeof import('../../src/config/index.js');
  return (await lint(text, { filePath: path, config: await resolveConfig(path) })).diagnostics;
}
