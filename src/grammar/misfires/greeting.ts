import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';

// A greeting stands in a sentence of its own with a name at most: "Halo, Jane.", "Halo there friend."
const GREETING_WORDS = 4;

/**
 * True when Harper's "Halo" → "Hello" (harper.js `HelloGreeting`) lands in a sentence too long to be a
 * greeting. All 16 of its findings in the dev news named the video game ("Halo 2 has broken records").
 */
export function isNotGreeting(finding: HarperFinding, document: NewsDocument): boolean {
  const sentence = document.sentences.find((candidate) => candidate.start <= finding.start && finding.start < candidate.end);
  return sentence !== undefined && sentence.words.length > GREETING_WORDS;
}
