import { ConfigError } from '../config/config-error.js';
import { UserError } from '../cli/user-error.js';
import { findFiles } from '../files/find-files.js';
import { readSource } from '../files/read-source.js';
import { LINTABLE_EXTENSIONS } from '../parse/detect-format.js';
import { displayPath } from '../reporters/display-path.js';
import { StoryArchive } from './story-archive.js';

/** Reference copy named by `--archive` on the command line or by a config file's `archive` key. */
export interface ArchiveSource {
  /** A file, folder or glob, relative to `folder`. */
  pattern: string;
  folder: string;
  /** The config file that names it; absent for `--archive`. */
  configFile?: string;
}

/**
 * Adds the files of each source to `archive` as one story per file, except those in `skip` (stories the
 * caller indexes itself). A source that matches nothing or a file that cannot be read is a one-line error
 * naming the command-line option or the config file.
 */
export async function addArchiveSources(archive: StoryArchive, sources: readonly ArchiveSource[], skip: ReadonlySet<string> = new Set()): Promise<void> {
  for (const source of sources) {
    for (const file of await filesOf(source)) {
      if (skip.has(file)) continue;
      const read = await readSource(file);
      if (!read.ok) throw problemWith(source, `${displayPath(file, source.folder)}: ${read.problem}`);
      archive.add(file, read.text);
    }
  }
}

async function filesOf(source: ArchiveSource): Promise<string[]> {
  let found: string[];
  try {
    found = await findFiles([source.pattern], source.folder, () => false);
  } catch (error) {
    if (error instanceof UserError) throw problemWith(source, error.message);
    throw error;
  }
  if (found.length === 0) {
    throw problemWith(source, `${source.pattern}: no ${LINTABLE_EXTENSIONS.map((extension) => `.${extension}`).join(', ')} files in it`);
  }
  return found;
}

function problemWith(source: ArchiveSource, problem: string): Error {
  return source.configFile === undefined ? new UserError(`--archive ${problem}`) : new ConfigError(`${source.configFile}: archive: ${problem}`, source.configFile);
}

/** Stable identity of a list of sources, for caching the archive built from them. */
export function archiveSourcesKey(sources: readonly ArchiveSource[]): string {
  return JSON.stringify(sources.map((source) => [source.folder, source.pattern]));
}
