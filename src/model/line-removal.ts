import type { Span } from '../engine/types.js';

interface SourceLine {
  start: number;
  /** End of the line's text, before its line break. */
  textEnd: number;
  /** Start of the next line (after the line break), or the end of the source. */
  next: number;
  blank: boolean;
}

/** What may sit on a block's lines besides the block's own text: white space and markdown markers. */
const LINE_MARKUP = /^[\s#>*+\-•\d.)_]*$/;

/**
 * For blocks that are to be deleted, the span to delete for each, so that the text left behind has no
 * hole: the block's whole lines go, and so do the blank lines after them when the kept text before is a
 * paragraph break (or the start of the file). A run of deleted blocks at the end of the file takes the
 * blank lines before it instead, so the file still ends on the last kept line. Returns undefined for a
 * block that shares a line with other text: deleting its lines would delete that text too.
 */
export function lineRemovalSpans(source: string, blocks: readonly Span[]): Array<Span | undefined> {
  const lines = splitLines(source);
  const lineOf = (offset: number) => lastLineStartingAtOrBefore(lines, offset);
  const owned = blocks.map((block) => {
    const first = lineOf(block.start);
    const last = lineOf(Math.max(block.start, block.end - 1));
    const before = source.slice(lines[first].start, block.start);
    const after = source.slice(block.end, lines[last].textEnd);
    return LINE_MARKUP.test(before) && LINE_MARKUP.test(after) ? { first, last } : undefined;
  });
  const removed = new Set<number>();
  for (const range of owned) if (range) for (let i = range.first; i <= range.last; i++) removed.add(i);
  const kept = (i: number) => !lines[i].blank && !removed.has(i);
  return owned.map((range) => {
    if (!range) return undefined;
    let keptAfter = range.last + 1;
    while (keptAfter < lines.length && !kept(keptAfter)) keptAfter++;
    if (keptAfter >= lines.length) {
      // Trailing run: start where the line before ends, so no blank lines are left dangling at the end.
      let before = range.first - 1;
      while (before >= 0 && lines[before].blank) before--;
      return { start: before < 0 ? 0 : lines[before].textEnd, end: lines[range.last].textEnd };
    }
    let previous = range.first - 1;
    while (previous >= 0 && removed.has(previous)) previous--;
    const breakBefore = previous < 0 || lines[previous].blank;
    // After a paragraph break, take the blank lines that follow too, so one break stays between the neighbours.
    let end = range.last + 1;
    if (breakBefore) while (end < lines.length && lines[end].blank) end++;
    return { start: lines[range.first].start, end: end < lines.length ? lines[end].start : lines[range.last].next };
  });
}

function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const pattern = /[^\r\n]*(\r\n|\r|\n|$)/g;
  for (const match of source.matchAll(pattern)) {
    const start = match.index;
    if (match[0] === '' && start === source.length && lines.length > 0) break;
    const textEnd = start + match[0].length - match[1].length;
    lines.push({ start, textEnd, next: start + match[0].length, blank: source.slice(start, textEnd).trim() === '' });
    if (match[1] === '') break;
  }
  return lines;
}

function lastLineStartingAtOrBefore(lines: SourceLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
