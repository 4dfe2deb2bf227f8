import { distance } from 'fastest-levenshtein';

/**
 * Say which valid name the user probably meant: ` (did you mean \`x\`?)` when one is close enough,
 * the whole list when it is short, and nothing when a guess would be noise.
 */
export function suggestName(given: string, valid: readonly string[]): string {
  let nearest: string | undefined;
  let nearestDistance = Infinity;
  for (const name of valid) {
    // Case-blind, so `minwords` finds `minWords` at distance 0 rather than 1 behind some other name.
    const gap = distance(given.toLowerCase(), name.toLowerCase());
    if (gap < nearestDistance) {
      nearest = name;
      nearestDistance = gap;
    }
  }
  if (nearest === undefined) return '';
  const tolerance = Math.max(2, Math.floor(Math.max(given.length, nearest.length) / 2));
  if (nearestDistance <= tolerance) return ` (did you mean \`${nearest}\`?)`;
  if (valid.length <= 6) return ` (expected one of ${valid.map((name) => `\`${name}\``).join(', ')})`;
  return '';
}
