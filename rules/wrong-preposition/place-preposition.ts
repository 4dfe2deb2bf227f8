import type { NewsDocument, Sentence } from '../../src/model/document.js';
import { adjacent } from '../english/gaps.js';
import { PLACE_PREPOSITIONS, type PlacePreposition } from '../english/preposition-collocations.js';
import type { PhraseMatch } from './fixed-phrase.js';

/** The place nouns by the wrong preposition and the noun: most prepositions start none, which one lookup tells. */
const BY_PREPOSITION_AND_NOUN = new Map<string, PlacePreposition>();
for (const entry of PLACE_PREPOSITIONS) {
  for (const wrong of entry.wrong) for (const noun of entry.nouns) BY_PREPOSITION_AND_NOUN.set(`${wrong} ${noun}`, entry);
}
/** The prepositions a place noun is wrongly given, the words `placePrepositionAt` starts from. */
export const WRONG_PLACE_PREPOSITIONS = new Set(PLACE_PREPOSITIONS.flatMap((entry) => entry.wrong));
const DETERMINER = /^(a|an|the|this|that|my|his|her|our|their|your|its)$/;
const MODIFIER = /^(JJ|JJR|JJS|VBN|NN|NNP|CD)$/;
/** Words after the noun that make it a modifier or start its qualifier: "in the bus lane", "in the island's north". */
const NOUN_CONTINUES = /^(NN|NNS|POS|VBG)$/;
const BE = /^(am|is|are|was|were|be|been)$/;
const STREET = /^(street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|way|place|square|terrace|close|crescent|highway)$/;

/** Whether word `k` is a person: a personal pronoun or a name. */
function personAt(sentence: Sentence, k: number): boolean {
  const word = sentence.words[k];
  return word !== undefined && (/^(i|you|he|she|we|they)$/.test(word.lower) || word.tag === 'NNP');
}

/** "located in 12 Main Street" → "at 12 Main Street": a street address with its number takes "at". */
export function addressAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  const preposition = sentence.words[i]!;
  const number = sentence.words[i + 1];
  if ((preposition.lower !== 'in' && preposition.lower !== 'on') || !number || !/^\d{1,5}[a-z]?$/.test(number.text) || !adjacent(document, preposition, number)) return undefined;
  // The street's name follows the number with a capital: "12 Mill Road", not "12 people".
  if (!/^\p{Lu}/u.test(sentence.words[i + 2]?.text ?? '')) return undefined;
  for (let k = i + 2; k < Math.min(i + 6, sentence.words.length); k++) {
    const word = sentence.words[k]!;
    if (!adjacent(document, sentence.words[k - 1]!, word)) return undefined;
    if (k > i + 2 && STREET.test(word.lower.replace(/\.$/, ''))) return { length: k - i + 1, right: `at ${document.source.slice(number.start, word.end)}` };
  }
  return undefined;
}

/** "in a small island" → "on a small island": a preposition, a determiner, up to two modifiers and a noun of place. */
export function placePrepositionAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  const preposition = sentence.words[i]!;
  if (!WRONG_PLACE_PREPOSITIONS.has(preposition.lower)) return undefined;
  const determiner = sentence.words[i + 1];
  if (!determiner || !DETERMINER.test(determiner.lower) || !adjacent(document, preposition, determiner)) return undefined;
  for (let k = i + 2; k < Math.min(i + 5, sentence.words.length); k++) {
    const word = sentence.words[k]!;
    if (!adjacent(document, sentence.words[k - 1]!, word)) return undefined;
    const entry = BY_PREPOSITION_AND_NOUN.get(`${preposition.lower} ${word.lower}`);
    // "in the North Island": a named place keeps the preposition its people use.
    if (/^\p{Lu}/u.test(word.text) || /^\p{Lu}/u.test(sentence.words[k - 1]!.text)) return undefined;
    if (entry && fits(entry, sentence, i, k, document)) {
      const phrase = document.source.slice(determiner.start, word.end);
      return { length: k - i + 1, right: `${entry.right} ${phrase}` };
    }
    if (!MODIFIER.test(word.tag) && word.lower !== 'own') return undefined;
  }
  return undefined;
}

function fits(entry: PlacePreposition, sentence: Sentence, i: number, k: number, document: NewsDocument): boolean {
  const before = sentence.words[i - 1];
  if (entry.indefinite && !/^an?$/.test(sentence.words[i + 1]!.lower)) return false;
  if (entry.after && !(before && entry.after.test(before.lower))) return false;
  // "I was on a meeting" but "the focus is on the meeting": after "be", only a person is meant.
  if (entry.after && BE.test(before!.lower) && !personAt(sentence, i - 2)) return false;
  if (entry.notAfter && before && entry.notAfter.test(before.lower)) return false;
  const noun = sentence.words[k]!;
  const after = sentence.words[k + 1];
  if (!after || !adjacent(document, noun, after)) return true;
  if (after.lower === 'of') return entry.of === true;
  if (after.tag === 'NNP' || after.tag === 'NNPS') return entry.name === true;
  return !NOUN_CONTINUES.test(after.tag);
}
