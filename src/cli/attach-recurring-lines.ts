import { StoryArchive } from '../archive/story-archive.js';
import { findFiles } from '../files/find-files.js';
import { readSource } from '../files/read-source.js';
import { LINTABLE_EXTENSIONS } from '../parse/detect-format.js';
import { displayPath } from '../reporters/display-path.js';
import { STDIN_NAME, type LintInput } from './lint-files.js';
import { UserError } from './user-error.js';

/**
 * Indexes the run's inputs and the `--archive` copy as one story per file, and gives each input the lines
 * it shares verbatim with other stories (its own versions aside). Files are read here for the index only:
 * the lint reads them again, and `--fix` still writes them (an input that carries text is fixed in memory).
 * An input that cannot be read is left for the lint to report; an archive path that matches nothing or
 * cannot be read is a one-line error naming it.
 */
export async function attachRecurringLines(inputs: readonly LintInput[], archiveOperands: readonly string[], cwd: string): Promise<LintInput[]> {
  const archive = new StoryArchive();
  const texts = new Map<LintInput, string>();
  for (const input of inputs) {
    const source = input.text === undefined ? await readSource(input.filePath ?? STDIN_NAME) : { ok: true as const, text: input.text };
    if (!source.ok) continue;
    archive.add(storyIdOf(input), source.text);
    texts.set(input, source.text);
  }
  const linted = new Set(inputs.map(storyIdOf));
  for (const file of await archiveFiles(archiveOperands, cwd)) {
    if (linted.has(file)) continue;
    const source = await readSource(file);
    if (!source.ok) throw new UserError(`--archive ${displayPath(file, cwd)}: ${source.problem}`);
    archive.add(file, source.text);
  }
  return inputs.map((input) => {
    const text = texts.get(input);
    return text === undefined ? input : { ...input, recurringLines: archive.recurringLines(storyIdOf(input), text) };
  });
}

async function archiveFiles(operands: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const operand of operands) {
    let found: string[];
    try {
      found = await findFiles([operand], cwd, () => false);
    } catch (error) {
      throw error instanceof UserError ? new UserError(`--archive ${error.message}`) : error;
    }
    if (found.length === 0) throw new UserError(`--archive ${operand}: no ${LINTABLE_EXTENSIONS.map((extension) => `.${extension}`).join(', ')} files in it`);
    files.push(...found);
  }
  return files;
}

function storyIdOf(input: LintInput): string {
  return input.filePath ?? STDIN_NAME;
}
