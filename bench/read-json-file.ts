import { readFileSync } from 'node:fs';

/** Reads a JSON file for a bench (thresholds and the like); throws a one-line error naming the file. */
export function readJsonFile<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`file not found: ${path}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${path}: not valid JSON`);
  }
}
