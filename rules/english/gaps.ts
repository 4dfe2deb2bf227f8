import type { NewsDocument, Sentence, Word } from '../../src/model/document.js';

/** The source text between word `index - 1` and word `index` of a sentence (`''` before the first word). */
export function gapBefore(document: NewsDocument, sentence: Sentence, index: number): string {
  const previous = sentence.words[index - 1];
  const word = sentence.words[index];
  return previous && word ? document.source.slice(previous.end, word.start) : '';
}

/** Only spaces between two words: no punctuation and no line break. */
export function adjacent(document: NewsDocument, left: Word, right: Word): boolean {
  // Most gaps are one space: read it without cutting a string (rules ask this of nearly every word).
  if (right.start - left.end === 1) return document.source.charCodeAt(left.end) === 32;
  return right.start > left.end && /^ +$/.test(document.source.slice(left.end, right.start));
}

/** A gap that closes a phrase: a comma, semicolon, colon, bracket, dash or quotation mark. */
export function breaksPhrase(gap: string): boolean {
  return /[,;:()[\]"“”—–]|\s-\s/.test(gap);
}
