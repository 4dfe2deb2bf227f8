import type { Paragraph } from '../../src/model/document.js';
import { termWeight } from '../../src/model/term-weights.js';

/**
 * A term names a subject when it is this much rarer in everyday English than the commonest words
 * (surprisal above the floor, in bits: see `termWeight`): names, jargon and foreign words, not "story".
 */
const MIN_TERM_WEIGHT = 10;
/** Below this share of a block's rare terms, what it shares with the story is chance (a teaser list touching the news). */
const MIN_SHARED_SHARE = 0.1;
/** A word: letters, with digits allowed inside ("my6sense", "F1"), at least this long. */
const WORD = /[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*/gu;
const MIN_TERM_LENGTH = 3;

/** The rare terms of some paragraphs: lower-cased words that everyday English seldom uses. */
export function rareTermsOf(paragraphs: readonly Paragraph[]): Set<string> {
  const terms = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const word of paragraph.text.toLowerCase().match(WORD) ?? []) {
      if (word.length >= MIN_TERM_LENGTH && termWeight(word) >= MIN_TERM_WEIGHT) terms.add(word);
    }
  }
  return terms;
}

/**
 * Whether a block of lines is about the story's own subject: it names rare terms the story's own copy
 * uses too, and they are not a stray few among many (at least a tenth of the block's rare terms).
 */
export function sharesSubject(block: readonly Paragraph[], storyTerms: ReadonlySet<string>): boolean {
  const terms = rareTermsOf(block);
  let shared = 0;
  for (const term of terms) if (storyTerms.has(term)) shared++;
  return shared > 0 && shared >= MIN_SHARED_SHARE * terms.size;
}
