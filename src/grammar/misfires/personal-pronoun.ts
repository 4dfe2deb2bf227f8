import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';
import { isInCode } from './finding-context.js';

/**
 * True when a lower-case "i" that Harper wants capitalised (harper.js `CapitalizePersonalPronouns`) is
 * not the pronoun: a letter or an index glued to other characters ("the i-th row", the "i" sound in
 * quotation marks, "i.e.") or in code.
 */
export function isLetterNotPronoun(finding: HarperFinding, document: NewsDocument): boolean {
  const before = document.source[finding.start - 1] ?? ' ';
  const after = document.source[finding.end] ?? ' ';
  const glued = (character: string) => !/[\s,;:!?)(]/.test(character);
  return isInCode(document.source, finding.start, finding.end) || glued(before) || (glued(after) && !/['’.]/.test(after));
}
