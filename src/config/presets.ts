import { builtinRules } from '../../rules/index.js';
import type { LoadedConfigFile } from './load-config-file.js';
import type { ConfigFile } from './types.js';

/** The names `extends` accepts besides paths. */
export const PRESET_NAMES = ['newslint:recommended', 'newslint:all'] as const;

/** A preset as the config it stands for, or undefined for an unknown name. */
export function presetConfig(name: string): LoadedConfigFile | undefined {
  let config: ConfigFile;
  if (name === 'newslint:recommended') {
    // Each rule at its own default severity and options; the defaults are chosen for news copy.
    config = { rules: Object.fromEntries(Object.values(builtinRules).filter((rule) => rule.meta.recommended !== false).map((rule) => [rule.meta.id, true])) };
  } else if (name === 'newslint:all') {
    config = { rules: Object.fromEntries(Object.values(builtinRules).map((rule) => [rule.meta.id, true])) };
  } else {
    return undefined;
  }
  return { path: name, folder: '', config, locate: () => undefined };
}

/** True for names that stand for presets rather than files. */
export function isPresetName(name: string): boolean {
  return name.startsWith('newslint:');
}
