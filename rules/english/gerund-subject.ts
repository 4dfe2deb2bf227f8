import type { NewsDocument, Sentence, Word } from '../../src/model/document.js';
import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import { adjacent, gapBefore } from './gaps.js';

/** Words after which a clause, and so a subject, begins ("since" and "after" also take a gerund phrase: "since winning relay gold"). */
const CLAUSE_OPENERS = /^(where|whether|that|because|if|when|while|although|though|unless)$/;
/** Places whose names are also -ing words: "Reading are top of the league" is a football club. */
const PLACE_NAMES = new Set(['reading', 'barking']);
/** An -ing word; a module constant because it is tested on every word, and a regex literal is a new object each time. */
const ING_WORD = /[a-z]ing$/;

/**
 * "Marketing are bad for you", "where advertising mean trouble": a bare -ing noun (an activity, which is
 * singular) opening a clause, with a plural verb straight after it or after a parenthesis between commas.
 * Returns the subject and the verb.
 */
export function gerundSubjectWithPluralVerb(document: NewsDocument, sentence: Sentence, index: number): { subject: Word; verb: Word } | undefined {
  const words = sentence.words;
  const subject = words[index]!;
  if (!ING_WORD.test(subject.lower) || subject.quoted || PLACE_NAMES.has(subject.lower)) return undefined;
  const before = words[index - 1];
  if (before ? !CLAUSE_OPENERS.test(before.lower) || !adjacent(document, before, subject) || (subject.text !== subject.lower) : false) return undefined;
  const readings = lexicalTags(subject.lower);
  if (!readings.includes('VBG') || !readings.includes('NN')) return undefined;
  let k = index + 1;
  // "marketing, for example, mean": skip a parenthesis between commas.
  if (/,/.test(gapBefore(document, sentence, k))) {
    while (words[k] && !/,/.test(gapBefore(document, sentence, k + 1)) && k < index + 5) k++;
    k++;
    if (!words[k] || !/,/.test(gapBefore(document, sentence, k))) return undefined;
  } else if (!words[k] || !adjacent(document, subject, words[k]!)) return undefined;
  const verb = words[k];
  if (!verb || verb.text !== verb.lower) return undefined;
  const plural = /^(are|were|have|do|don't)$/.test(verb.lower.replace(/’/g, "'")) || (/^(VB|VBP)$/.test(verb.tag) && lexicalTags(verb.lower).includes('VBP') && /^VB/.test(lexicalTags(verb.lower)[0] ?? ''));
  // "marketing speak describes it": a finite verb after the suspect makes the two words one noun.
  if (/^(VBZ|VBD|MD)$/.test(words[k + 1]?.tag ?? '')) return undefined;
  return plural ? { subject, verb } : undefined;
}
