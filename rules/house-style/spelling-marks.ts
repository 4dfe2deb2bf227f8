import type { NewsDocument, Word } from '../../src/model/document.js';
import { spellingVariant, type Variety } from './spelling-counterpart.js';

/** A word (or part of a hyphenated word) whose spelling marks a variety: "armour" in "armour-plated". */
export interface SpellingMark {
  text: string;
  start: number;
  end: number;
  variety: Variety;
  /** The other variety's spelling, in the same case. */
  counterpart: string;
  /** A British spelling American dictionaries accept too ("grey", "cancelled"). */
  acceptedInAmerican: boolean;
}

/** Every spelling in the story that marks British or American copy, in reading order. */
export function findSpellingMarks(document: NewsDocument): SpellingMark[] {
  const marks: SpellingMark[] = [];
  for (const word of document.words) {
    if (isName(word)) continue;
    // Offsets into a hyphenated word are only right when the source spells it as the tagger saw it.
    const parts = document.source.slice(word.start, word.end) === word.text ? partsOf(word) : [{ text: word.text, offset: 0 }];
    for (const part of parts) {
      const variant = spellingVariant(part.text.toLowerCase());
      if (!variant) continue;
      const start = word.start + part.offset;
      marks.push({ text: part.text, start, end: start + part.text.length, variety: variant.variety, counterpart: inCaseOf(part.text, variant.counterpart), acceptedInAmerican: variant.acceptedInAmerican });
    }
  }
  return marks;
}

/** Names keep their own spelling ("Pearl Harbor", "Labour", "World Health Organization"). */
function isName(word: Word): boolean {
  // Only a capital makes a name: the lexicon lists a few British plurals ("organisations") as names.
  if (!/^\p{Lu}/u.test(word.text)) return false;
  return word.index > 0 || word.text === word.text.toUpperCase() || word.tag === 'NNP' || word.tag === 'NNPS';
}

function partsOf(word: Word): Array<{ text: string; offset: number }> {
  const parts: Array<{ text: string; offset: number }> = [];
  let offset = 0;
  for (const text of word.text.split('-')) {
    if (/^\p{L}{3,}$/u.test(text)) parts.push({ text, offset });
    offset += text.length + 1;
  }
  return parts;
}

function inCaseOf(model: string, lower: string): string {
  return /^\p{Lu}/u.test(model) ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
}
