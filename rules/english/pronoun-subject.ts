import type { NewsDocument, Sentence, Word } from '../../src/model/document.js';
import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import { adjacent } from './gaps.js';

/** A bare verb after a singular pronoun subject: the verb, and the pronoun ("somebody else", "it"). */
export interface BareVerbAfterPronoun {
  verb: Word;
  subject: Word;
}

const INDEFINITES = new Set(['somebody', 'someone', 'everybody', 'everyone', 'nobody', 'anybody', 'anyone']);
/** Where a clause, and so a subject, may begin: the sentence start or after one of these. */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'because', 'when', 'while', 'although', 'though', 'and', 'but', 'so']);

/**
 * "Somebody enter the building", "Someone else always walk", "It support transparency": a singular
 * pronoun opening a clause, then (past adverbs) a bare verb, including one the tagger read as a noun
 * after "it" when the lexicon has it as a verb and an object follows.
 */
export function bareVerbAfterPronoun(document: NewsDocument, sentence: Sentence, start: number): BareVerbAfterPronoun | undefined {
  const words = sentence.words;
  const subject = words[start];
  if (!subject || (start > 0 && !CLAUSE_OPENERS.has(words[start - 1]!.lower))) return undefined;
  const indefinite = INDEFINITES.has(subject.lower);
  if (!indefinite && subject.lower !== 'it') return undefined;
  let k = start + 1;
  if (indefinite && words[k]?.lower === 'else') k++;
  while (words[k] && /^RB/.test(words[k]!.tag) && words[k]!.lower !== 'not') k++;
  const verb = words[k];
  if (!verb || verb.text !== verb.lower || verb.quoted) return undefined;
  for (let j = start + 1; j <= k; j++) if (!adjacent(document, words[j - 1]!, words[j]!)) return undefined;
  const readings = lexicalTags(verb.lower);
  if (!readings.includes('VB') && !readings.includes('VBP')) return undefined;
  if (verb.lemma === 'be' || verb.lemma === 'have' || /['’]/.test(verb.text)) return undefined;
  if (verb.tag === 'VB' || verb.tag === 'VBP') return indefinite ? { verb, subject } : undefined;
  // "It support transparency": a noun reading only counts before an object; "it now time for bed" and
  // "it sort of ended" lack a verb or use a noun as an adverb.
  if (verb.tag !== 'NN') return undefined;
  const next = words[k + 1];
  const object = next !== undefined && adjacent(document, verb, next) && /^(DT|PRP\$|NN|NNS)$/.test(next.tag) && next.lower !== 'of';
  return object ? { verb, subject } : undefined;
}
