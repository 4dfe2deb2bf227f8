import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';
import { flaggedWord } from './finding-context.js';

/**
 * True when Harper's hyphen in "in depth" / "in demand" (harper.js `InDemandInDepth`) lands on a
 * prepositional phrase rather than a modifier before a noun: after a noun or a verb ("a drop in demand",
 * "will be in demand") or at the end of its clause ("each section in depth."). Those were all 8 of its
 * dev news findings; the slip is "a more in depth analysis", "of in depth discussion".
 */
export function isPrepositionalPhrase(finding: HarperFinding, document: NewsDocument): boolean {
  // Harper marks the space between the words: widen the span so it touches "in".
  const words = flaggedWord({ start: finding.start - 1, end: finding.end }, document);
  if (words === undefined) return false;
  const [before] = words.previous;
  const modified = words.next[1];
  if (modified === undefined || !/^(NN|JJ|VBG)/.test(modified.tag)) return true;
  return before !== undefined && (/^(NN|VB|MD)/.test(before.tag) || before.lemma === 'be');
}
