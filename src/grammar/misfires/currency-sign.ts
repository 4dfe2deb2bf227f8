import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';

/**
 * True when Harper's currency sign after a figure (harper.js `CurrencyPlacement`: "25$" → "$25") reads
 * a sign that belongs elsewhere: to the next figure ("spend by 2008 £60bn more") or to a shell prompt
 * after a number ("-d 5 $ hg push"), or a figure it cut at its thousands separator ("60,000₩" →
 * "60,₩ 0"). Those were all 9 of its dev news findings.
 */
export function isSignOfSomethingElse(finding: HarperFinding, document: NewsDocument): boolean {
  const after = document.source.slice(finding.end, finding.end + 3);
  if (/^\d/.test(after)) return true;
  // "60,[000₩]": Harper cut the figure at its thousands separator, so its "₩ 0" is no fix.
  if (/\d[,.]$/.test(document.source.slice(Math.max(0, finding.start - 2), finding.start))) return true;
  return /\s/.test(document.source.slice(finding.start, finding.end)) && /^\s+\p{Ll}/u.test(after);
}
