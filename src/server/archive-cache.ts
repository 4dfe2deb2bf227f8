import { addArchiveSources, archiveSourcesKey, type ArchiveSource } from '../archive/archive-source.js';
import { StoryArchive } from '../archive/story-archive.js';
import type { RecurringLine } from '../engine/types.js';

/**
 * The reference copy configs name (`archive`), indexed once and kept until the configuration is read
 * again: an edit in the editor asks the index, it does not rebuild it.
 */
export class ArchiveCache {
  private readonly archives = new Map<string, Promise<StoryArchive>>();

  /** The lines of an open document's `text` that run verbatim in the reference copy `sources` names. */
  async recurringLines(sources: readonly ArchiveSource[], storyId: string, text: string): Promise<RecurringLine[]> {
    const key = archiveSourcesKey(sources);
    let pending = this.archives.get(key);
    if (!pending) {
      pending = indexSources(sources);
      this.archives.set(key, pending);
      // A folder that is missing now may be there at the next configuration refresh.
      pending.catch(() => this.archives.delete(key));
    }
    return (await pending).recurringLinesOfDraft(storyId, text);
  }

  /** Forget every index (the configuration or the archive changed). */
  clear(): void {
    this.archives.clear();
  }
}

async function indexSources(sources: readonly ArchiveSource[]): Promise<StoryArchive> {
  const archive = new StoryArchive();
  await addArchiveSources(archive, sources);
  return archive;
}
