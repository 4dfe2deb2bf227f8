import { addArchiveSources, type ArchiveSource } from '../archive/archive-source.js';
import { StoryArchive } from '../archive/story-archive.js';
import { readSource } from '../files/read-source.js';
import { STDIN_NAME, type LintInput } from './lint-files.js';

/**
 * Indexes the run's inputs and the reference copy (`--archive`, config `archive`) as one story per file,
 * and gives each input the lines it shares verbatim with other stories (its own versions aside). Files are
 * read here for the index only: the lint reads them again, and `--fix` still writes them (an input that
 * carries text is fixed in memory). An input that cannot be read is left for the lint to report; an archive
 * path that matches nothing or cannot be read is a one-line error naming it.
 */
export async function attachRecurringLines(inputs: readonly LintInput[], sources: readonly ArchiveSource[]): Promise<LintInput[]> {
  const archive = new StoryArchive();
  const texts = new Map<LintInput, string>();
  for (const input of inputs) {
    const source = input.text === undefined ? await readSource(input.filePath ?? STDIN_NAME) : { ok: true as const, text: input.text };
    if (!source.ok) continue;
    archive.add(storyIdOf(input), source.text);
    texts.set(input, source.text);
  }
  await addArchiveSources(archive, sources, new Set(inputs.map(storyIdOf)));
  return inputs.map((input) => {
    const text = texts.get(input);
    return text === undefined ? input : { ...input, recurringLines: archive.recurringLines(storyIdOf(input), text) };
  });
}

function storyIdOf(input: LintInput): string {
  return input.filePath ?? STDIN_NAME;
}
