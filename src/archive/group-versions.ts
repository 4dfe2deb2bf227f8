/** What version grouping reads: each story's distinct lines and, for each line, the stories that carry it. */
export interface LineTable {
  linesOf: ReadonlyMap<string, ReadonlySet<string>>;
  storiesOf: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Two files are versions of one story when this share of the smaller one's lines is in the other. */
export const VERSION_OVERLAP = 0.5;
/** And when they share at least this many lines: a two-line note is not a version of everything that quotes it. */
export const MIN_SHARED_LINES = 2;
/**
 * A line carried by more stories than this is site furniture, never evidence that two files are one
 * story; leaving it out of the pair count keeps grouping linear in the archive rather than quadratic.
 */
export const MAX_STORIES_FOR_PAIRING = 100;
/** A line with fewer letters than this ("1.", "—", "***") says nothing about which story a file is. */
const MIN_LETTERS = 3;

/** Whether a line has enough letters to tell one story from another. */
export function isTellingLine(line: string): boolean {
  return (line.match(/\p{L}/gu)?.length ?? 0) >= MIN_LETTERS;
}

/**
 * Groups stories into versions of one story (drafts, two saves of one article): two stories are versions
 * when their overlap coefficient over distinct telling lines (shared lines / lines of the smaller) is at
 * least `overlap`; versions of versions join the same group. Returns story → its group's representative.
 */
export function groupVersions(table: LineTable, overlap = VERSION_OVERLAP): Map<string, string> {
  const telling = new Map<string, number>();
  for (const [story, lines] of table.linesOf) telling.set(story, countTelling(lines));
  const shared = new Map<string, Map<string, number>>();
  for (const [line, stories] of table.storiesOf) {
    if (stories.size < 2 || stories.size > MAX_STORIES_FOR_PAIRING || !isTellingLine(line)) continue;
    const list = [...stories];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = list[i] < list[j] ? [list[i], list[j]] : [list[j], list[i]];
        const row = shared.get(a) ?? new Map<string, number>();
        row.set(b, (row.get(b) ?? 0) + 1);
        shared.set(a, row);
      }
    }
  }
  const parent = new Map<string, string>([...table.linesOf.keys()].map((story) => [story, story]));
  const root = (story: string): string => {
    let at = story;
    while (parent.get(at) !== at) at = parent.get(at)!;
    parent.set(story, at);
    return at;
  };
  for (const [a, row] of shared) {
    for (const [b, count] of row) {
      const smaller = Math.min(telling.get(a) ?? 0, telling.get(b) ?? 0);
      if (count >= MIN_SHARED_LINES && count >= overlap * smaller) parent.set(root(a), root(b));
    }
  }
  return new Map([...parent.keys()].map((story) => [story, root(story)]));
}

/** How many of `lines` are telling lines. */
export function countTelling(lines: ReadonlySet<string>): number {
  let count = 0;
  for (const line of lines) if (isTellingLine(line)) count++;
  return count;
}
