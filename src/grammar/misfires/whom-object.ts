import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';
import { flaggedWord } from './finding-context.js';

// Quantity words the tagger may read as adjectives or nouns ("several", "most", "half", "none").
const QUANTITIES = new Set(['many', 'most', 'some', 'several', 'few', 'half', 'none', 'all', 'both', 'each', 'either', 'neither', 'any', 'one']);

/**
 * True when Harper's "whom" → "who" before a verb (harper.js `WhomSubjectOfVerb`) is the object of a
 * preposition: a part of a group ("both of whom lost", "five of whom were", "many of whom will": 4 of
 * its 6 dev news findings) or a question's fronted object ("to whom is the ticket assigned", "Whom did
 * you meet?"). "the
 * topic of whom is allowed" keeps the slip: there "of" follows a noun, not a quantity.
 */
export function isObjectOfPreposition(finding: HarperFinding, document: NewsDocument): boolean {
  const words = flaggedWord(finding, document);
  if (words === undefined) return false;
  const [auxiliary, subject] = words.next;
  // "Whom did you meet?", "Whom can we trust?": "do" or a modal with its subject after it asks for the
  // object; after "is" the noun phrase may be the complement ("who is to decide whom is a suspect").
  if (auxiliary !== undefined && (auxiliary.tag === 'MD' || auxiliary.lemma === 'do') && /^(PRP|DT|NNP|NN|NNS)$/.test(subject?.tag ?? '')) return true;
  const [preposition, beforePreposition] = words.previous;
  if (preposition === undefined || !/^(IN|TO)$/.test(preposition.tag)) return false;
  if (preposition.lower !== 'of') return true;
  return beforePreposition !== undefined && (/^(CD|DT|PDT|JJS|RBS)$/.test(beforePreposition.tag) || QUANTITIES.has(beforePreposition.lower));
}
