import { bandOf, parseFrequencyBands, type FrequencyBands } from './frequency-bands.js';
import { SUBTLEX_BANDS } from './subtlex-bands.js';

let bands: FrequencyBands | undefined;

/** The spoken-English frequency table, split into its word list on first use, so only a run that asks pays for it. */
export function spokenFrequencyBands(): FrequencyBands {
  bands ??= parseFrequencyBands(SUBTLEX_BANDS);
  return bands;
}

/** The rounded log2 of how often a lower-case word is heard in spoken English (SUBTLEX-US); 0 when unlisted. */
export function spokenBand(word: string): number {
  return bandOf(spokenFrequencyBands(), word) ?? 0;
}
