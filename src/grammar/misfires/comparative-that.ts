import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';
import { flaggedWord } from './finding-context.js';

// Penn tags of a finite verb: after "that" one of these makes a clause ("better that the shock should come").
const FINITE = new Set(['VBZ', 'VBP', 'MD']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', "we're", "they're", "you're", "he's", "she's", "it's", "i'm"]);

/**
 * True when Harper's "that" → "than" (harper.js `ThatThan`) is the "that" of a clause or a determiner.
 * The slip follows a comparative and compares a noun phrase: "much lower that other countries",
 * "taller that the current person". On the dev news Harper also read nouns ending in -er ("the danger
 * that", "a leader that believes"), a film title ("Closer that has") and "earlier that month".
 */
export function isNotComparison(finding: HarperFinding, document: NewsDocument): boolean {
  const words = flaggedWord(finding, document);
  if (words === undefined) return false;
  const [comparative] = words.previous;
  if (comparative === undefined || !/^(JJR|RBR)$/.test(comparative.tag) || /^\p{Lu}/u.test(comparative.text)) return true;
  // "It is better that…", "it was much easier that the clubs agreed": "it" stands for the clause that follows.
  if (words.previous.slice(1, 5).some((word) => word.lower === 'it' || word.lower === "it's")) return true;
  const [first] = words.next;
  // "earlier that month", "easier that way": "that" is a determiner.
  if (first === undefined || first.tag === 'NN' || SUBJECT_PRONOUNS.has(first.lower)) return true;
  return words.next.some((word) => FINITE.has(word.tag));
}
