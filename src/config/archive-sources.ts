import type { ArchiveSource } from '../archive/archive-source.js';
import { configPathFor } from './find-config-file.js';
import { loadConfigChain } from './load-config-chain.js';
import { loadConfigFile, type LoadedConfigFile } from './load-config-file.js';
import type { ResolveOptions } from './resolve-config.js';

/** The reference copy one config file names under `archive`, relative to its folder. */
export function archiveSourcesOfLayer(layer: LoadedConfigFile): ArchiveSource[] {
  const { archive } = layer.config;
  const patterns = archive === undefined ? [] : typeof archive === 'string' ? [archive] : archive;
  return patterns.map((pattern) => ({ pattern, folder: layer.folder, configFile: layer.path }));
}

/**
 * The reference copy the configurations of `filePaths` name (bases first, each config read once), without
 * loading any rule: a pooled run leaves the rules to its workers. `undefined` stands for stdin.
 */
export function archiveSourcesFor(filePaths: ReadonlyArray<string | undefined>, options: ResolveOptions): ArchiveSource[] {
  const configPaths = new Set(filePaths.map((filePath) => configPathFor(filePath, options)));
  return [...configPaths].flatMap((configPath) => (configPath === undefined ? [] : loadConfigChain(loadConfigFile(configPath)).flatMap(archiveSourcesOfLayer)));
}
