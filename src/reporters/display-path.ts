import { isAbsolute, relative, sep } from 'node:path';

/** A path as people and CI annotations want it: relative to `cwd` with `/` separators, absolute when outside. */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const relativePath = relative(cwd, filePath);
  if (relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath)) return filePath;
  return relativePath.split(sep).join('/');
}
