import { createHash } from 'node:crypto';

/** A short, stable hash of text (hex SHA-256, truncated: collisions are not a security concern here). */
export function contentHash(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex').slice(0, 32);
}
