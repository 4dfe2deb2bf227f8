import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';

/**
 * True when a word-choice finding lands on one capitalised word inside its sentence: a name or a title
 * ("Defra" → "Infra", "music veterans The Who" → "music veterans Who"), which Harper reads as a common word.
 */
export function isOnName(finding: HarperFinding, document: NewsDocument): boolean {
  const words = document.wordsIn(finding);
  if (words.length !== 1) return false;
  const [word] = words;
  return word!.index > 0 && /^\p{Lu}/u.test(word!.text);
}
