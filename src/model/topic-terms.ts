import type { NewsDocument, Paragraph } from './document.js';
import { contentKey, contentLemma } from './term-weights.js';

/**
 * How a paragraph's topic terms read to a person: names as written (the whole name when it has several
 * words: "Ultima Thule"), other terms as their dictionary form. Duplicates and possessives dropped.
 */
export function displayTerms(document: NewsDocument, paragraph: Paragraph, keys: readonly string[], limit: number): string[] {
  const shown: string[] = [];
  const covered = new Set<string>();
  for (const key of keys) {
    if (shown.length >= limit) break;
    if (covered.has(key)) continue;
    const display = displayOf(document, paragraph, key);
    for (const part of display.toLowerCase().split(/\s+/)) covered.add(part);
    if (!shown.some((term) => term.toLowerCase() === display.toLowerCase())) shown.push(display);
  }
  return shown;
}

function displayOf(document: NewsDocument, paragraph: Paragraph, key: string): string {
  const entity = document.entities.find(
    (candidate) => candidate.paragraphIndex === paragraph.index && candidate.text.toLowerCase().split(/\s+/).some((part) => part.replace(/['’]s$/, '') === key),
  );
  if (entity) return entity.text.replace(/['’]s$/, '');
  for (const sentence of paragraph.sentences) {
    const word = sentence.words.find((candidate) => contentKey(candidate) === key);
    if (word) return /^NNP/.test(word.tag) ? word.text.replace(/['’]s$/, '') : (contentLemma(word) ?? key);
  }
  return key;
}
