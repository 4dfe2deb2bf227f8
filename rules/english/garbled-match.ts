import type { NewsDocument, Sentence } from '../../src/model/document.js';
import { adjacent } from './gaps.js';
import { GARBLED_PHRASES } from './garbled-phrases.js';

/** A garbled form found in a sentence: its first and last word indices and the phrase meant. */
export interface GarbledMatch {
  first: number;
  last: number;
  right: string;
}

/** A garbled form, as lower-case words, with the phrase meant. */
interface Garbled {
  words: readonly string[];
  right: string;
}

/** The garbled forms by their first two words; most words start none, which one set lookup tells. */
const BY_OPENING = new Map<string, Garbled[]>();
const FIRST_WORDS = new Set<string>();
/** Most openings start no garbled form: they share one empty list rather than each making its own. */
const NO_GARBLED: readonly Garbled[] = [];
for (const [wrong, right] of GARBLED_PHRASES) {
  const words = wrong.split(' ');
  const opening = `${words[0]} ${words[1]}`;
  BY_OPENING.set(opening, [...(BY_OPENING.get(opening) ?? []), { words, right }]);
  FIRST_WORDS.add(words[0]!);
}

const matchesBySentence = new WeakMap<Sentence, readonly GarbledMatch[]>();

/**
 * The garbled forms of a sentence, left to right and not overlapping, each written with nothing but
 * spaces between its words and outside quotations; a capital inside the phrase marks a name ("Hay Day",
 * "Escape Goat Films"). Found once per sentence: `garbled-phrase` reports them and `confused-word`
 * leaves their words alone.
 */
export function garbledMatches(document: NewsDocument, sentence: Sentence): readonly GarbledMatch[] {
  let found = matchesBySentence.get(sentence);
  if (found) return found;
  const matches: GarbledMatch[] = [];
  let covered = -1;
  for (const word of sentence.words) {
    if (word.index <= covered || word.quoted || !FIRST_WORDS.has(word.lower)) continue;
    const garbled = garbledAt(document, sentence, word.index);
    if (garbled === undefined) continue;
    covered = word.index + garbled.words.length - 1;
    matches.push({ first: word.index, last: covered, right: garbled.right });
  }
  found = matches;
  matchesBySentence.set(sentence, found);
  return found;
}

/** The garbled form whose words start at word `i`. */
function garbledAt(document: NewsDocument, sentence: Sentence, i: number): Garbled | undefined {
  const second = sentence.words[i + 1];
  if (!second) return undefined;
  for (const garbled of BY_OPENING.get(`${sentence.words[i]!.lower} ${second.lower}`) ?? NO_GARBLED) {
    const words = sentence.words.slice(i, i + garbled.words.length);
    if (words.length !== garbled.words.length || !words.every((word, k) => word.lower === garbled.words[k] && (k === 0 || adjacent(document, words[k - 1]!, word)))) continue;
    if (words.slice(1).some((word) => word.text !== word.lower)) continue;
    return garbled;
  }
  return undefined;
}
