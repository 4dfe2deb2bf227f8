import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { configErrorAt } from './config-error.js';
import { loadConfigFile, type LoadedConfigFile } from './load-config-file.js';
import { isPresetName, presetConfig, PRESET_NAMES } from './presets.js';
import { suggestName } from './suggest-name.js';

/**
 * Load a config file and everything it `extends`, flattened so that later entries win:
 * each base (depth first, in `extends` order) comes before the file that extends it.
 */
export function loadConfigChain(entry: LoadedConfigFile): LoadedConfigFile[] {
  const chain: LoadedConfigFile[] = [];
  expand(entry, [entry.path], chain);
  return chain;
}

function expand(layer: LoadedConfigFile, stack: string[], chain: LoadedConfigFile[]): void {
  const names = layer.config.extends;
  const list = names === undefined ? [] : typeof names === 'string' ? [names] : names;
  list.forEach((name, i) => {
    const keyPath = typeof names === 'string' ? ['extends'] : ['extends', i];
    const fail = (problem: string): never => {
      throw configErrorAt(layer.path, layer.locate(keyPath), problem);
    };
    if (isPresetName(name)) {
      const preset = presetConfig(name);
      if (!preset) fail(`Unknown preset \`${name}\` in \`extends\`${suggestName(name, PRESET_NAMES)}`);
      chain.push(preset as LoadedConfigFile);
      return;
    }
    const target = resolve(layer.folder, name);
    if (stack.includes(target)) {
      const root = dirname(stack[0]);
      const cycle = [...stack, target].map((path) => relative(root, path) || path).join(' → ');
      fail(`Circular \`extends\`: ${cycle}`);
    }
    if (!statSync(target, { throwIfNoEntry: false })?.isFile()) fail(`Cannot find \`extends\` target ${target}`);
    expand(loadConfigFile(target), [...stack, target], chain);
  });
  chain.push(layer);
}
