import type { Paragraph } from './document.js';

/** Headlines run from a few words to a long line; beyond this a line is prose that lost its full stop. */
const MAX_HEADLINE_WORDS = 20;
const MIN_HEADLINE_WORDS = 3;
/** What a finished statement (or a list lead-in, or a clause cut short) ends with, closing quotes aside; headlines may ask or exclaim. */
const SENTENCE_END = /[.;:,…–—-]$/;
const CLOSERS = /["'”’)\]]+$/;
const BYLINE = /^by\s/i;

/**
 * Whether a block is shaped like a headline: one short line that starts with a capital or a digit and
 * ends without a full stop ("Ultima Thule's 'snowman' shape revealed", "What next for consoles?").
 */
export function looksLikeHeadline(paragraph: Paragraph): boolean {
  if (paragraph.sentences.length !== 1 || /[\r\n]/.test(paragraph.text)) return false;
  const words = paragraph.sentences[0].words.length;
  if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS) return false;
  const text = paragraph.text.trim();
  if (!/^["'“‘(]?[\p{Lu}\d]/u.test(text) || BYLINE.test(text)) return false;
  return !SENTENCE_END.test(text.replace(CLOSERS, ''));
}
