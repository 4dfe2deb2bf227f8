import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';
import { flaggedWord } from './finding-context.js';

// A "to" this close after the next word makes it the object of a verb that takes one before its
// infinitive: "expect house prices to rise", "wanted help to get people housed".
const OBJECT_BEFORE_TO_WORDS = 5;

/**
 * True when Harper's missing "to" (harper.js `MissingTo`: "She wants finish early" → "wants to finish")
 * is not before a bare verb. On the dev news 34 of its 37 findings were an object before the
 * infinitive ("Analysts expect Jet to raise"), a noun ("health needs are", "by all means"), a hyphenated
 * adjective ("widely-expected move", "a six-try victory"), "by all means" or a relative clause ("the changes they want
 * are agreed"). The newslint tagger reads the word after it in context: the slip is a bare verb there
 * ("is expected grow by 0.2%", "should try spend 20 minutes").
 */
export function isNotBeforeBareVerb(finding: HarperFinding, document: NewsDocument): boolean {
  const words = flaggedWord(finding, document);
  if (words === undefined) return false;
  const { flagged, previous, next } = words;
  const [verb] = next;
  if (!flagged.tag.startsWith('VB') || /[-‐]$/.test(document.source.slice(flagged.start - 1, flagged.start))) return true;
  // "by all means get drunk", "our needs win out": after a determiner the word is a noun.
  if (/^(DT|PDT|PRP\$)$/.test(previous[0]?.tag ?? '')) return true;
  if (verb === undefined || verb.tag !== 'VB' || /^(be|have|do)$/.test(verb.lemma)) return true;
  return next.slice(1, 1 + OBJECT_BEFORE_TO_WORDS).some((word) => word.lower === 'to');
}
