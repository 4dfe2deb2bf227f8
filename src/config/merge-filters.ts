import type { Severity } from '../engine/types.js';
import type { LoadedConfigFile } from './load-config-file.js';
import type { FilterSettings } from './types.js';

/**
 * Merge the `filters` of a config chain: later files win for `comments` and `severity`;
 * allowlists add up, so a shared base's allowed terms stay allowed; `allowlist: false` clears them.
 */
export function mergeFilters(chain: LoadedConfigFile[]): FilterSettings {
  const settings: FilterSettings = { comments: true, allowlist: [] };
  for (const { config } of chain) {
    const filters = config.filters ?? {};
    if (typeof filters.comments === 'boolean') settings.comments = filters.comments;
    if (filters.allowlist === false) settings.allowlist = [];
    if (typeof filters.allowlist === 'object') {
      const allow = (filters.allowlist.allow as string[] | undefined) ?? [];
      settings.allowlist = [...new Set([...settings.allowlist, ...allow])];
    }
    if (typeof filters.severity === 'string') settings.minimumSeverity = filters.severity as Severity;
  }
  return settings;
}
