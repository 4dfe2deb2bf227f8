import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';
import { flaggedWord } from './finding-context.js';

/**
 * True when Harper's plural after "one of the" (harper.js `OneOfTheSingular`: "one of the best tutorial"
 * → "tutorials") lands on something other than the head of the phrase. On the dev news it flagged an
 * adjective standing for its noun ("one of the best in recent years", "one of the most popular."), a
 * noun modifying the head ("one of the card firm's creditors", "one of the horror genre's figures"),
 * names ("the West End's hottest tickets", "round one of the San Jose Open") and "number one of the chart".
 */
export function isNotHeadNoun(finding: HarperFinding, document: NewsDocument): boolean {
  const words = flaggedWord(finding, document);
  if (words === undefined) return false;
  const { flagged, previous, next } = words;
  if (!flagged.tag.startsWith('NN') || /^\p{Lu}/u.test(flagged.text)) return true;
  const after = document.source[flagged.end];
  if (after === "'" || after === '’' || /^(NN|POS)/.test(next[0]?.tag ?? '') || next[0]?.text === '&') return true;
  const one = previous.findIndex((word) => word.lower === 'one');
  return one !== -1 && previous[one + 1]?.lower === 'number';
}
