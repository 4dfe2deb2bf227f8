import { readFileSync } from 'node:fs';
import { describeConfig } from '../config/index.js';
import type { ResolvedConfig } from '../config/types.js';
import { contentHash } from './content-hash.js';

/**
 * Hash everything about a resolved config that can change a file's findings: rules, severities,
 * options and filters as resolved, plus the raw text of each contributing config file (which also
 * covers plugin lists), and the day: a rule may judge dates against today (`past-tense-future-date`),
 * so a finding cached yesterday may be wrong now. Config files are read once per run.
 */
export function createConfigHasher(): (config: ResolvedConfig) => string {
  const fileTexts = new Map<string, string>();
  const readOnce = (path: string) => {
    let text = fileTexts.get(path);
    if (text === undefined) {
      text = readFileSync(path, 'utf8');
      fileTexts.set(path, text);
    }
    return text;
  };
  const today = new Date().toISOString().slice(0, 10);
  return (config) => contentHash(today, JSON.stringify(describeConfig(config)), ...config.files.flatMap((file) => [file, readOnce(file)]));
}
