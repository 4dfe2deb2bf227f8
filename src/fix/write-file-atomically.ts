import { randomBytes } from 'node:crypto';
import { chown, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { encodeLike, hashOf, type SourceFile } from './source-file.js';
import { FileChangedError } from './source-file-errors.js';

/**
 * Replaces `file` on disk with `text` (BOM-less), encoded as it was read (encoding, BOM, permissions).
 * The new content goes to a temporary file beside it, which is renamed over the original only if the
 * original is still the version that was read, so a reader never sees half a file and an edit made
 * meanwhile is never lost.
 */
export async function writeFileAtomically(file: SourceFile, text: string): Promise<void> {
  const bytes = encodeLike(file, text.startsWith('\uFEFF') ? text.slice(1) : text);
  // Through a symlink, replace the file it points to, not the link.
  const target = await realpath(file.path).catch(() => file.path);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.newslint-tmp`);
  const handle = await open(temporary, 'wx', file.mode);
  try {
    try {
      await handle.chmod(file.mode);
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await keepOwner(target, temporary);
    await assertUnchanged(file);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Throws FileChangedError unless the file on disk is still the version in `file.snapshot`. */
export async function assertUnchanged(file: SourceFile): Promise<void> {
  const stats = await stat(file.path).catch(() => undefined);
  const { snapshot } = file;
  if (!stats || stats.mtimeMs !== snapshot.mtimeMs || stats.size !== snapshot.size) throw new FileChangedError(file.path);
  const bytes = await readFile(file.path).catch(() => undefined);
  if (!bytes || hashOf(bytes) !== snapshot.hash) throw new FileChangedError(file.path);
}

/** A rename hands the file the temporary's owner; only root can (and needs to) give it back. */
async function keepOwner(original: string, temporary: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const stats = await stat(original);
  await chown(temporary, stats.uid, stats.gid);
}
