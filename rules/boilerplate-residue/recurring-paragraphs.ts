import { normaliseLine } from '../../src/archive/normalise-line.js';
import type { NewsDocument, Paragraph } from '../../src/model/document.js';
import { rareTermsOf, sharesSubject } from './shared-subject.js';

/** A paragraph all of whose lines run verbatim in other stories. */
export interface RecurringParagraph {
  paragraph: Paragraph;
  /** The fewest other stories any of its lines runs in. */
  stories: number;
}

/** Fewer letters than this and a line is a number, a rule or a bullet: it recurs by chance. */
const MIN_LETTERS = 3;
/** One lower-case word that ends a sentence is the tail of a wrapped sentence ("said."): it recurs by chance. */
const SENTENCE_TAIL = /^\p{Ll}\S*[.!?…]["'”’)]*$/u;

/**
 * The paragraphs whose every source line recurs in at least `minStories` other stories of the archive.
 * Left out: lines too slight for a repeat to mean anything, and runs of recurring lines about the story's
 * own subject (a fact box or a dateline two stories on one event share), which are copy, not chrome.
 */
export function findRecurringParagraphs(document: NewsDocument, recurringLines: ReadonlyMap<string, number>, minStories: number): RecurringParagraph[] {
  if (recurringLines.size === 0) return [];
  const stories = document.paragraphs.map((paragraph) => {
    const counts = sourceLinesOf(document.source, paragraph).map((line) => recurringLines.get(line) ?? 0);
    return counts.length > 0 ? Math.min(...counts) : 0;
  });
  // The story's own copy: what no other story carries.
  const storyTerms = rareTermsOf(document.paragraphs.filter((_, i) => stories[i] === 0));
  const found: RecurringParagraph[] = [];
  for (const block of runsOf(document.paragraphs, (i) => stories[i] >= minStories)) {
    if (sharesSubject(block, storyTerms)) continue;
    for (const paragraph of block) {
      if (isTellingShape(normaliseLine(paragraph.text))) found.push({ paragraph, stories: stories[paragraph.index] });
    }
  }
  return found;
}

/** Whether a line is substantial enough that running in another story is not a coincidence. */
function isTellingShape(line: string): boolean {
  return (line.match(/\p{L}/gu)?.length ?? 0) >= MIN_LETTERS && !SENTENCE_TAIL.test(line);
}

/** Maximal runs of consecutive paragraphs that pass `test`. */
function runsOf(paragraphs: readonly Paragraph[], test: (index: number) => boolean): Paragraph[][] {
  const runs: Paragraph[][] = [];
  paragraphs.forEach((paragraph, i) => {
    if (!test(i)) return;
    if (i > 0 && test(i - 1)) runs[runs.length - 1].push(paragraph);
    else runs.push([paragraph]);
  });
  return runs;
}

/** The normalised, non-blank source lines a paragraph touches, whole (markup on them included, as the archive indexed them). */
function sourceLinesOf(source: string, paragraph: Paragraph): string[] {
  const start = Math.max(source.lastIndexOf('\n', paragraph.start - 1), source.lastIndexOf('\r', paragraph.start - 1)) + 1;
  const end = source.slice(paragraph.end).search(/[\r\n]/);
  const text = source.slice(start, end === -1 ? source.length : paragraph.end + end);
  return text.split(/\r\n|\r|\n/).map(normaliseLine).filter((line) => line !== '');
}
