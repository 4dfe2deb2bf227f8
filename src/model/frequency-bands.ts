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

/** Bands are stored one character each, from this code point up ('A' is band 0). */
const BAND_BASE = 65;

/**
 * Writes a frequency list compactly, in three lines: log2 of the total count; every word (lower-cased,
 * forms merged) in code-unit order, space-separated; and one character per word for its band, the
 * rounded log2 of its count. Loading it is one `split`, with no per-word work.
 */
export function deriveFrequencyBands(entries: readonly WordCount[]): string {
  const counts = new Map<string, number>();
  for (const { word, count } of entries) {
    const lower = word.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  let total = 0;
  for (const count of counts.values()) total += count;
  const kept = [...counts.entries()].filter(([word, count]) => count >= MIN_COUNT && !/\s/.test(word)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const bands = kept.map(([, count]) => String.fromCharCode(BAND_BASE + Math.round(Math.log2(count)))).join('');
  return [String(Math.round(Math.log2(total))), kept.map(([word]) => word).join(' '), bands].join('\n');
}

/** A parsed band table: log2 of the corpus size, the sorted words and their bands. */
export interface FrequencyBands {
  totalBits: number;
  words: string[];
  bands: string;
}

/** Reads the compact form written by `deriveFrequencyBands`. */
export function parseFrequencyBands(text: string): FrequencyBands {
  const [total, words, bands] = text.split('\n');
  return { totalBits: Number(total), words: words.split(' '), bands };
}

/** The band of a word (rounded log2 of its count), or undefined when the table does not have it. */
export function bandOf(table: FrequencyBands, word: string): number | undefined {
  const { words } = table;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle] < word) low = middle + 1;
    else high = middle;
  }
  return words[low] === word ? table.bands.charCodeAt(low) - BAND_BASE : undefined;
}
