const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every lower-case string one deletion, swap of neighbours, change or insertion away from `word` (not `word` itself). */
export function oneEditAway(word: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) found.add(head + tail.slice(1));
    if (tail.length > 1) found.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail) found.add(head + letter + tail.slice(1));
      found.add(head + letter + tail);
    }
  }
  found.delete(word);
  return found;
}

/** Every lower-case string with the last two letters of `word` changed ("prove" → "proof"), if two letters remain before them. */
export function lastTwoLettersChanged(word: string): Set<string> {
  const found = new Set<string>();
  const stem = word.slice(0, -2);
  if (stem.length >= 2) for (const first of LETTERS) for (const second of LETTERS) found.add(stem + first + second);
  found.delete(word);
  return found;
}
