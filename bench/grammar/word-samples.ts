/** Words in a text, counted as the speed benches count them: runs between white space. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Returns a function that joins consecutive pieces of copy into samples of at least `minWords` words,
 * never reusing a piece, so every timed sample is text the linter has not seen.
 */
export function sampleCutter(pieces: readonly string[]): (howMany: number, minWords: number) => string[] {
  let next = 0;
  return (howMany, minWords) =>
    Array.from({ length: howMany }, () => {
      const taken: string[] = [];
      let words = 0;
      while (words < minWords) {
        if (next >= pieces.length) throw new Error('Not enough dev articles for the requested sample');
        const piece = pieces[next++]!;
        taken.push(piece);
        words += countWords(piece);
      }
      return taken.join('\n\n');
    });
}
