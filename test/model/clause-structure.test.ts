import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { findFragment } from '../../src/model/clause-structure.js';

/** The fragment kind of each sentence of a text ('main' when it has an independent clause). */
function kinds(text: string): string[] {
  const document = parseDocument(text, { format: 'text' });
  return document.sentences.map((sentence) => {
    const gap = (i: number) => (i <= 0 || i >= sentence.words.length ? '' : document.source.slice(sentence.words[i - 1].end, sentence.words[i].start));
    return findFragment(sentence.words, gap)?.kind ?? 'main';
  });
}

describe('findFragment', () => {
  it('finds a main clause behind openings that are not fragments', () => {
    expect(kinds('Providing aid is costly.')).toEqual(['main']);
    expect(kinds('Having said that, we left.')).toEqual(['main']);
    expect(kinds('Because the talks stalled, the deal collapsed.')).toEqual(['main']);
    expect(kinds('After the meeting the minister resigned.')).toEqual(['main']);
    expect(kinds('If convicted he could face ten years in jail.')).toEqual(['main']);
    expect(kinds('People who live here say the road is dangerous.')).toEqual(['main']);
    expect(kinds('Whether he will run remains unclear.')).toEqual(['main']);
    expect(kinds('Consider the numbers.')).toEqual(['main']);
  });

  it('names each kind of fragment', () => {
    expect(kinds('Providing the bulk of its aid.')).toEqual(['participle']);
    expect(kinds('Saying the deal was dead.')).toEqual(['participle']);
    expect(kinds('Because the talks stalled.')).toEqual(['subordinate']);
    expect(kinds('Because he said he would.')).toEqual(['subordinate']);
    expect(kinds('Which has given the company a boost.')).toEqual(['relative']);
    expect(kinds('The biggest gain for the bank in a decade.')).toEqual(['noun-phrase']);
  });
});
