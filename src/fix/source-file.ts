import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { BinaryFileError, UnsupportedEncodingError } from './source-file-errors.js';

/** The encodings newslint can read and write back unchanged. */
export type SourceEncoding = 'utf8' | 'utf16le' | 'utf16be';

/** What identifies one version of a file on disk. */
export interface FileSnapshot {
  mtimeMs: number;
  size: number;
  /** SHA-256 of the bytes: catches a rewrite within the file system's timestamp resolution. */
  hash: string;
}

/** A text file as read for fixing: its text plus everything needed to write it back the same way. */
export interface SourceFile {
  path: string;
  /** The decoded text without its byte order mark; diagnostics' offsets point into it. */
  text: string;
  encoding: SourceEncoding;
  bom: boolean;
  /** File permissions, kept on the rewritten file. */
  mode: number;
  snapshot: FileSnapshot;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const UTF16BE_BOM = Buffer.from([0xfe, 0xff]);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a file for fixing, noting its encoding, BOM and on-disk version; refuses what it could not write back. */
export async function readSourceFile(path: string): Promise<SourceFile> {
  const [bytes, stats] = await Promise.all([readFile(path), stat(path)]);
  const decoded = decode(bytes, path);
  // Only a file that re-encodes to the very same bytes is safe to rewrite (odd-length UTF-16 is not).
  if (!encodeLike(decoded, decoded.text).equals(bytes)) throw new UnsupportedEncodingError(path);
  if (decoded.text.includes('\0')) throw new BinaryFileError(path);
  return { path, ...decoded, mode: stats.mode & 0o7777, snapshot: { mtimeMs: stats.mtimeMs, size: stats.size, hash: hashOf(bytes) } };
}

function decode(bytes: Buffer, path: string): Pick<SourceFile, 'text' | 'encoding' | 'bom'> {
  const utf16 = startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM);
  if (utf16 && bytes.length % 2 !== 0) throw new UnsupportedEncodingError(path);
  if (startsWith(bytes, UTF16LE_BOM)) return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf16le', bom: true };
  if (startsWith(bytes, UTF16BE_BOM)) return { text: Buffer.from(bytes.subarray(2)).swap16().toString('utf16le'), encoding: 'utf16be', bom: true };
  const bom = startsWith(bytes, UTF8_BOM);
  try {
    return { text: strictUtf8.decode(bom ? bytes.subarray(3) : bytes), encoding: 'utf8', bom };
  } catch {
    throw new UnsupportedEncodingError(path);
  }
}

/** Encodes text the way `file` was encoded, BOM included. */
export function encodeLike(file: Pick<SourceFile, 'encoding' | 'bom'>, text: string): Buffer {
  if (file.encoding === 'utf8') return Buffer.concat([file.bom ? UTF8_BOM : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  const body = Buffer.from(text, 'utf16le');
  return file.encoding === 'utf16le' ? Buffer.concat([UTF16LE_BOM, body]) : Buffer.concat([UTF16BE_BOM, body.swap16()]);
}

/** SHA-256 of some bytes, hex. */
export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}
