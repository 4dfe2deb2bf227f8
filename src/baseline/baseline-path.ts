import { isAbsolute, relative, sep } from 'node:path';

/** The key a file has in a baseline: its path relative to the baseline's folder, with `/` separators. */
export function baselineKey(filePath: string, baselineFolder: string): string {
  if (!isAbsolute(filePath)) return filePath;
  return relative(baselineFolder, filePath).split(sep).join('/');
}
