import { describeConfig, resolveConfig, type ResolveOptions } from '../config/index.js';

/** `--print-config FILE`: the configuration in force for FILE, as JSON. */
export async function printConfig(filePath: string, options: ResolveOptions): Promise<string> {
  return `${JSON.stringify(describeConfig(await resolveConfig(filePath, options)), null, 2)}\n`;
}
