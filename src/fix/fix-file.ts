import { fixUntilStable, type LintText, type StableFix } from './fix-until-stable.js';
import { readSourceFile } from './source-file.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** What fixing one file did (or, in a dry run, would do). */
export interface FileFix extends StableFix {
  path: string;
  /** The text as read, without BOM. */
  before: string;
  /** True when the file on disk was replaced. */
  written: boolean;
}

/** How to fix one file. */
export interface FixFileOptions {
  /** Lints the file's text (BOM-less) with the configuration in force for it. */
  lintText: LintText;
  /** Compute the fixes but leave the file alone. */
  dryRun?: boolean;
  maxPasses?: number;
}

/**
 * Reads a file, applies safe fixes until stable and, unless this is a dry run, writes it back atomically
 * in its own encoding, BOM and line endings. Throws FileChangedError when the file changed meanwhile.
 */
export async function fixFile(path: string, options: FixFileOptions): Promise<FileFix> {
  const file = await readSourceFile(path);
  const fixed = await fixUntilStable(file.text, options.lintText, options.maxPasses);
  const changed = fixed.output !== file.text;
  if (changed && !options.dryRun) await writeFileAtomically(file, fixed.output);
  return { ...fixed, path, before: file.text, written: changed && !options.dryRun };
}
