import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from './user-error.js';

/** Write the report to `--output-file` (always, even when empty, so CI finds the file) or to stdout. */
export async function writeReport(report: string, outputFile: string | undefined, cwd: string): Promise<void> {
  if (outputFile === undefined) {
    if (report) process.stdout.write(report);
    return;
  }
  const target = resolve(cwd, outputFile);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, report);
  } catch (error) {
    throw new UserError(`--output-file ${outputFile}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
