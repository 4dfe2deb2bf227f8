import { archiveSourcesKey, type ArchiveSource } from '../archive/archive-source.js';
import { archiveSourcesFor, type ResolveOptions } from '../config/index.js';
import type { LintInput } from './lint-files.js';

/** The reference copy of a run: `--archive` operands (relative to `cwd`), then what the inputs' configs name, each once. */
export function archiveSourcesOf(inputs: readonly LintInput[], operands: readonly string[], config: ResolveOptions, cwd: string): ArchiveSource[] {
  const sources = new Map<string, ArchiveSource>();
  const named = [...operands.map((pattern) => ({ pattern, folder: cwd })), ...archiveSourcesFor(inputs.map((input) => input.filePath), config)];
  for (const source of named) {
    const key = archiveSourcesKey([source]);
    if (!sources.has(key)) sources.set(key, source);
  }
  return [...sources.values()];
}
