import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';
import { flaggedWord } from './finding-context.js';

// Penn tags of a finite verb: one later in the clause makes the word after "how" its subject.
const FINITE = new Set(['VBZ', 'VBP', 'VBD', 'MD']);

/**
 * True when Harper's missing "to" after "how" (harper.js `HowTo`: "learn how install it" → "how to
 * install") lands before a subject: all 5 of its dev news findings were "how" opening a clause ("how
 * people register to vote", "how club manager Sir Alex Ferguson talked"). The slip has a bare verb
 * right after "how" and no verb of its own later.
 */
export function isClauseAfterHow(finding: HarperFinding, document: NewsDocument): boolean {
  const words = flaggedWord(finding, document);
  if (words === undefined) return false;
  const [verb, ...rest] = words.next;
  return verb === undefined || verb.tag !== 'VB' || rest.some((word) => FINITE.has(word.tag));
}
