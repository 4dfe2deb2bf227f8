/** One word of a frequency list and how often it was seen. */
export interface WordCount {
  word: string;
  count: number;
}

/**
 * Words seen fewer times than this are left out of the shipped table: their weight would be within a
 * bit of the weight given to unknown words anyway, and dropping them keeps the table small.
 */
export const MIN_COUNT = 3;

/**
 * Writes a frequency list compactly: one line per band of log2(count), `band word word …`, most frequent
 * band first, after a first line holding log2 of the total count. Lower-cased forms are merged.
 */
export function deriveFrequencyBands(entries: readonly WordCount[]): string {
  const counts = new Map<string, number>();
  for (const { word, count } of entries) {
    const lower = word.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  let total = 0;
  const bands = new Map<number, string[]>();
  for (const [word, count] of counts) {
    total += count;
    if (count < MIN_COUNT || /\s/.test(word)) continue;
    const band = Math.round(Math.log2(count));
    const members = bands.get(band) ?? [];
    members.push(word);
    bands.set(band, members);
  }
  const lines = [...bands.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([band, members]) => `${band} ${members.sort().join(' ')}`);
  return [`${Math.round(Math.log2(total))}`, ...lines].join('\n');
}

/** A parsed band table: log2 of the corpus size and each known word's band. */
export interface FrequencyBands {
  totalBits: number;
  bands: Map<string, number>;
}

/** Reads the compact form written by `deriveFrequencyBands`. */
export function parseFrequencyBands(text: string): FrequencyBands {
  const lines = text.split('\n');
  const bands = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const parts = lines[i].split(' ');
    const band = Number(parts[0]);
    for (let j = 1; j < parts.length; j++) bands.set(parts[j], band);
  }
  return { totalBits: Number(lines[0]), bands };
}
