/**
 * Adjectives that compare with -er and -est only: one syllable, or two ending in -y (not -ly). "more
 * fast", "the most silly" are slips for "faster", "the silliest". Left out are the short adjectives that
 * standard English also grades with "more" ("more real", "more fun", "more apt", "more keen", "more
 * true", "more clear", "more wise", "more calm", "more sad", "more risky", "more healthy") and those with a second sense as a noun or adverb
 * ("good", "bad", "well", "ill", "near", "close", "right", "wrong", "just").
 */
const SHORT_ADJECTIVES = new Set([
  'big', 'small', 'fast', 'slow', 'tall', 'short', 'cheap', 'long', 'old', 'young', 'new', 'strong', 'weak',
  'hard', 'soft', 'hot', 'cold', 'warm', 'cool', 'rich', 'poor', 'thin', 'thick', 'wide', 'deep', 'dark',
  'bright', 'quick', 'great', 'large', 'high', 'low', 'loud', 'clean', 'tight', 'loose', 'smart', 'sharp',
  'flat', 'wet', 'neat', 'cute', 'nice', 'safe', 'fat', 'tough', 'steep', 'brave',
  'easy', 'happy', 'busy', 'heavy', 'silly', 'smelly', 'funny', 'pretty', 'ugly', 'tiny', 'lucky', 'dirty',
  'angry', 'hungry', 'noisy', 'tidy', 'lazy', 'crazy', 'scary', 'tasty', 'messy', 'tricky', 'sleepy', 'shiny',
]);

// Short adjectives that end consonant-vowel-consonant double the last letter: "big" → "bigger".
const DOUBLES_FINAL = /^[^aeiou]*[aeiou][bdglmnpt]$/;

/** True for an adjective that compares with -er and -est, never with "more" and "most". */
export function isShortAdjective(word: string): boolean {
  return SHORT_ADJECTIVES.has(word);
}

/** The -er or -est form of a short adjective: "big" → "bigger", "silly" → "silliest", "cute" → "cuter". */
export function inflectedDegree(adjective: string, ending: 'er' | 'est'): string {
  if (adjective.endsWith('e')) return adjective + ending.slice(1);
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}i${ending}`;
  if (DOUBLES_FINAL.test(adjective)) return adjective + adjective.at(-1)! + ending;
  return adjective + ending;
}
