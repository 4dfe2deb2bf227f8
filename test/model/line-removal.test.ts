import { describe, expect, it } from 'vitest';
import { lineRemovalSpans } from '../../src/model/line-removal.js';

/** Deletes the given lines' blocks from the text the way the spans say. */
function remove(source: string, ...blocks: string[]): string {
  const spans = lineRemovalSpans(source, blocks.map((block) => ({ start: source.indexOf(block), end: source.indexOf(block) + block.length })));
  let output = source;
  for (const span of [...spans].reverse()) if (span) output = output.slice(0, span.start) + output.slice(span.end);
  return output;
}

describe('lineRemovalSpans', () => {
  it('keeps one blank line between the neighbours of a deleted paragraph', () => {
    expect(remove('A.\n\nShare\n\nB.\n', 'Share')).toBe('A.\n\nB.\n');
  });

  it('deletes only the line when it sits tight between two lines', () => {
    expect(remove('A.\nShare\n\nB.\n', 'Share')).toBe('A.\n\nB.\n');
  });

  it('ends the file on the last kept line', () => {
    expect(remove('A.\n\nShare\n\nPrint\n', 'Share', 'Print')).toBe('A.\n');
  });

  it('does not touch a block that shares its line with other text', () => {
    expect(lineRemovalSpans('A. Share B.', [{ start: 3, end: 8 }])).toEqual([undefined]);
  });
});
