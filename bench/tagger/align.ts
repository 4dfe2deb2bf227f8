import type { BenchWord } from './words.js';

/** A token from a candidate's own tokenizer, with offsets into the sentence text. */
export interface SubToken {
  start: number;
  end: number;
  tag: string;
  lemma?: string;
}

/** What a candidate says about one nlcst word. */
export interface Prediction {
  tag: string;
  lemma?: string;
}

// "it's", "they're", "I'd": the verb, not the pronoun, carries the clause (gold convention, see gold.ts).
const pronounContraction = /^(?:i|you|he|she|it|we|they|there|that|what|who|here|where|how)['’](?:s|re|m|ve|d|ll)$/i;
const punctuationTag = /^(?:PUNCT|SYM|[^A-Z]+)$/;

/**
 * Maps a candidate's own tokens back onto nlcst words by character offsets. A word that the
 * candidate split ("Korea's" → "Korea" + "'s") takes the tag of the part that gold.ts assigns it:
 * the verb for pronoun contractions, the last part for hyphenated compounds, the first otherwise.
 */
export function alignToWords(words: readonly BenchWord[], tokens: readonly SubToken[]): Prediction[] {
  return words.map((word) => {
    const inside = tokens.filter((token) => token.start < word.end && (token.end > word.start || token.start === word.start));
    const meaningful = inside.filter((token) => !punctuationTag.test(token.tag));
    const parts = meaningful.length > 0 ? meaningful : inside;
    if (parts.length === 0) return { tag: 'X' };
    const chosen = pronounContraction.test(word.text) || word.text.includes('-') ? parts[parts.length - 1]! : parts[0]!;
    return { tag: chosen.tag, lemma: chosen.lemma };
  });
}

/** Locates tokens (given in order) in `text`, returning their offsets; tokens that cannot be found get an empty span. */
export function locate(text: string, values: readonly string[]): Array<{ start: number; end: number }> {
  let cursor = 0;
  return values.map((value) => {
    const at = text.indexOf(value, cursor);
    if (at < 0 || value.length === 0) return { start: cursor, end: cursor };
    cursor = at + value.length;
    return { start: at, end: cursor };
  });
}
