import { readFile } from 'node:fs/promises';

/** A file's text, or why it cannot be linted. */
export type SourceRead = { ok: true; text: string } | { ok: false; problem: string };

/** How far to look for a NUL byte, git's heuristic for "binary". */
const SNIFF_BYTES = 8000;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Read a file as UTF-8 text; unreadable, binary and non-UTF-8 files come back as a problem, never a throw. */
export async function readSource(path: string): Promise<SourceRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: `cannot read the file (${code ?? String(error)})` };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, problem: 'binary file, not text' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, problem: 'not valid UTF-8 text' };
  }
}
