import type { NewsDocument, Word } from '../../model/document.js';

// Characters that glue a word into code, a file name or an address: "Node.js", "$ hg", "redirect_uri".
const CODE_GLUE = /[./_<>$:@#\\=+&]/;

/** True when the span touches code-like punctuation ("app.js", "storage_api", "$ hg push", "Ph.D"). */
export function isInCode(source: string, start: number, end: number): boolean {
  const before = source[start - 1] ?? ' ';
  const after = source[end] ?? ' ';
  const afterNext = source[end + 1] ?? ' ';
  if (CODE_GLUE.test(before) && !/["'“‘(]/.test(before)) return true;
  // A unit after a number ("2Mb") or an entity ("pr&#233;cis").
  if (/\d/.test(before)) return true;
  if (CODE_GLUE.test(after) && /[\p{L}\p{N}_/]/u.test(afterNext)) return true;
  // A shell prompt before a command.
  return /\$\s$/.test(source.slice(Math.max(0, start - 2), start));
}

/** True when the span sits in a run of capitalised words, i.e. inside a name ("Sam Raimi", "The Da Vinci Code"). */
export function isPartOfName(span: { start: number; end: number }, document: NewsDocument): boolean {
  const index = document.words.findIndex((word) => word.start < span.end && span.start < word.end);
  if (index === -1) return false;
  const flagged = document.words[index]!;
  const previous = flagged.index > 0 ? document.words[index - 1] : undefined;
  const next = document.words[index + 1];
  const capitalised = (word: { text: string } | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text);
  // The sentence's first word is capitalised whatever it is.
  return (previous !== undefined && previous.index > 0 && capitalised(previous)) || (next !== undefined && next.index === flagged.index + 1 && capitalised(next));
}

/** True when `text` stands more than once, as a whole word or phrase with the same casing, in the source. */
export function isRepeated(text: string, source: string): boolean {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (source.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0) > 1;
}

/**
 * The first word a span touches and its neighbours within the sentence (`previous` nearest first), or
 * undefined when the span touches no word.
 */
export function flaggedWord(
  span: { start: number; end: number },
  document: NewsDocument,
): { flagged: Word; previous: readonly Word[]; next: readonly Word[] } | undefined {
  const index = firstWordEndingAfter(document.words, span.start);
  const flagged = document.words[index];
  if (flagged === undefined || flagged.start >= span.end) return undefined;
  // Word.index counts within the sentence, so neighbours from another sentence drop out.
  const previous = document.words.slice(index - flagged.index, index).reverse();
  const next: Word[] = [];
  for (let at = index + 1; document.words[at]?.index === flagged.index + next.length + 1; at++) next.push(document.words[at]!);
  return { flagged, previous, next };
}

// Binary search: words are in source order, so a document's thousands of words cost a few steps per finding.
function firstWordEndingAfter(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
