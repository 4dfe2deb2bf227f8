import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/find-config-file.js';
import { starterConfig } from './starter-config.js';
import { UserError } from './user-error.js';

/** `--init`: write a starter `.textlintrc.json` in `cwd`, refusing to replace any existing config file. */
export async function initConfig(cwd: string): Promise<string> {
  const existing = CONFIG_FILE_NAMES.map((name) => join(cwd, name)).find((path) => existsSync(path));
  if (existing) throw new UserError(`${existing}: already exists; not overwriting it`);
  const target = join(cwd, CONFIG_FILE_NAMES[0]);
  try {
    // `wx` fails if the file appeared meanwhile, so a config is never clobbered.
    await writeFile(target, starterConfig(), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'EEXIST' ? `${target}: already exists; not overwriting it` : `${target}: cannot write (${code ?? String(error)})`);
  }
  return target;
}
