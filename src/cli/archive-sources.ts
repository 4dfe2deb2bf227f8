import { archiveSourcesKey, type ArchiveSource } from '../archive/archive-source.js';
import { resolveConfig, type ResolveOptions } from '../config/index.js';
import type { LintInput } from './lint-files.js';

/** The reference copy of a run: `--archive` operands (relative to `cwd`), then what the inputs' configs name, each once. */
export async function archiveSourcesOf(inputs: readonly LintInput[], operands: readonly string[], config: ResolveOptions, cwd: string): Promise<ArchiveSource[]> {
  const sources = new Map<string, ArchiveSource>();
  const keep = (source: ArchiveSource) => sources.set(archiveSourcesKey([source]), sources.get(archiveSourcesKey([source])) ?? source);
  for (const pattern of operands) keep({ pattern, folder: cwd });
  if (!config.noConfig) {
    for (const input of inputs) for (const source of (await resolveConfig(input.filePath, config)).archive ?? []) keep(source);
  }
  return [...sources.values()];
}
