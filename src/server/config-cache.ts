import { basename } from 'node:path';
import { clearConfigCache, resolveConfig } from '../config/index.js';
import { CONFIG_FILE_NAMES } from '../config/find-config-file.js';
import type { ResolvedConfig } from '../config/types.js';

/**
 * The configuration in force for each open file, found as the CLI finds it and kept until a config file
 * changes, so a keystroke never waits for config files to be read or plugins to be loaded.
 */
export class ConfigCache {
  private readonly byFile = new Map<string, Promise<ResolvedConfig>>();

  /** `cwd` is where a document without a path (an unsaved buffer) looks for its config. */
  constructor(private readonly cwd: string) {}

  /** The config for a file (or an unsaved buffer, when `filePath` is undefined); rejects with ConfigError. */
  forFile(filePath: string | undefined): Promise<ResolvedConfig> {
    const key = filePath ?? '';
    let config = this.byFile.get(key);
    if (!config) {
      config = resolveConfig(filePath, { cwd: this.cwd });
      this.byFile.set(key, config);
    }
    return config;
  }

  /** Forget everything, including the config module's own caches: a config file was created, edited or deleted. */
  clear(): void {
    this.byFile.clear();
    clearConfigCache();
  }
}

/** True for the file names newslint reads configuration from. */
export function isConfigFile(filePath: string | undefined): boolean {
  return filePath !== undefined && (CONFIG_FILE_NAMES as readonly string[]).includes(basename(filePath));
}
