import { clearConfigFileCache } from './find-config-file.js';
import { clearResolvedConfigCache } from './resolve-config.js';

export { resolveConfig, type ResolveOptions } from './resolve-config.js';
export { loadConfigFile, type LoadedConfigFile } from './load-config-file.js';
export { findConfigFile } from './find-config-file.js';
export { archiveSourcesFor } from './archive-sources.js';
export { ConfigError } from './config-error.js';
export { describeConfig, type ConfigDescription } from './describe-config.js';

/** Forget every cached config lookup and file, so edits on disk take effect (language server, watch mode). */
export function clearConfigCache(): void {
  clearConfigFileCache();
  clearResolvedConfigCache();
}
