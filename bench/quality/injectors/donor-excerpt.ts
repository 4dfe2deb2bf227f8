import type { CorpusArticle } from '../corpus.js';
import type { Draft, DraftBlock } from '../draft.js';
import type { Random } from '../random.js';

/** Fewer words than this and a planted paragraph is a fragment, which other injectors cover. */
export const MIN_EXCERPT_WORDS = 20;
/** BBC blocks fuse two or three web paragraphs; a planted paragraph is cut back to about one. */
export const MAX_EXCERPT_WORDS = 90;

const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Cuts a paragraph after its last whole sentence that keeps it within MAX_EXCERPT_WORDS (at least one sentence). */
export function trimToParagraph(text: string): string {
  const sentences = text.split(SENTENCE_BREAK);
  let kept = sentences[0];
  for (const sentence of sentences.slice(1)) {
    if (wordCount(kept) + wordCount(sentence) > MAX_EXCERPT_WORDS) break;
    kept += ' ' + sentence;
  }
  return kept;
}

function qualifies(text: string): boolean {
  return wordCount(text) >= MIN_EXCERPT_WORDS && /[.!?]["”’)]?$/.test(text);
}

/** A body paragraph of the donor (its lede when `lede` is set), trimmed to paragraph size, or undefined. */
export function donorExcerpt(donor: CorpusArticle, random: Random, lede = false): string | undefined {
  const candidates = (lede ? donor.paragraphs.slice(0, 1) : donor.paragraphs.slice(1)).map(trimToParagraph).filter(qualifies);
  return candidates.length > 0 ? random.pick(candidates) : undefined;
}

/** Puts blocks into a host draft somewhere after the lede (the first block that is not the headline). */
export function insertAfterLede(draft: Draft, blocks: DraftBlock[], random: Random): Draft {
  const lede = draft.findIndex((block) => !block.headline);
  const at = random.integer(lede + 1, draft.length + 1);
  return [...draft.slice(0, at), ...blocks, ...draft.slice(at)];
}

/** Draws a donor that satisfies `accept`, trying a bounded number of times. */
export function drawDonor(pool: readonly CorpusArticle[], random: Random, accept: (article: CorpusArticle) => boolean): CorpusArticle | undefined {
  for (let attempt = 0; attempt < 50 && pool.length > 0; attempt++) {
    const donor = random.pick(pool);
    if (accept(donor)) return donor;
  }
  return undefined;
}
