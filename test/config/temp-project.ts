import { mkdir, mkdtemp, realpath, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Write `files` (relative path → content; objects are written as JSON) into a fresh temp folder and return its path. */
export async function makeProject(files: Record<string, string | object>): Promise<string> {
  // realpath: on some systems the temp folder is a symlink, and config paths come back resolved.
  const root = await realpath(await mkdtemp(join(tmpdir(), 'newslint-config-')));
  await writeFiles(root, files);
  return root;
}

/** Write more files into an existing folder. */
export async function writeFiles(root: string, files: Record<string, string | object>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
}
