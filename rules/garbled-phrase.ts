import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence } from '../src/model/document.js';
import { adjacent } from './english/gaps.js';
import { GARBLED_PHRASES } from './english/garbled-phrases.js';

/** `garbled-phrase` has no options. */
export type Options = Record<string, never>;

/** A garbled form, as lower-case words, with the phrase meant. */
interface Garbled {
  words: readonly string[];
  right: string;
}

/** The garbled forms by their first two words; most words start none, which one set lookup tells. */
const BY_OPENING = new Map<string, Garbled[]>();
const FIRST_WORDS = new Set<string>();
for (const [wrong, right] of GARBLED_PHRASES) {
  const words = wrong.split(' ');
  const opening = `${words[0]} ${words[1]}`;
  BY_OPENING.set(opening, [...(BY_OPENING.get(opening) ?? []), { words, right }]);
  FIRST_WORDS.add(words[0]!);
}

/**
 * A set phrase garbled beyond one swapped word: "beckon call" (beck and call), "old wise tail" (old
 * wives' tale), "hit the breaks" (brakes), "escape goat" (scapegoat), "in edition to" (in addition to).
 * The forms are written from general knowledge of English eggcorns (rules/english/garbled-phrases.ts) and
 * are wrong wherever they stand; a capital inside the phrase marks a name ("Hay Day", "Escape Goat
 * Films") and quotations are left alone. One word swapped for a sound-alike is `confused-word`'s.
 */
export const garbledPhrase: Rule<Options> = {
  meta: {
    id: 'garbled-phrase',
    kind: 'usage',
    description: 'A set phrase garbled beyond one word ("beckon call", "old wise tail", "escape goat")',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: { garbled: 'Unexpected “{{actual}}”: the set phrase is “{{expected}}”' },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        let covered = -1;
        for (const word of sentence.words) {
          if (word.index <= covered || word.quoted || !FIRST_WORDS.has(word.lower)) continue;
          const found = garbledAt(document, sentence, word.index);
          if (found === undefined) continue;
          covered = word.index + found.words.length - 1;
          const range = { start: word.start, end: sentence.words[covered]!.end };
          const actual = document.textOf(range);
          const expected = /^\p{Lu}/u.test(actual) ? found.right[0]!.toUpperCase() + found.right.slice(1) : found.right;
          context.report({ messageId: 'garbled', data: { actual, expected }, range, actual, expected: [expected] });
        }
      },
    };
  },
};

/** The garbled form whose words start at word `i`, written with nothing but spaces between them. */
function garbledAt(document: NewsDocument, sentence: Sentence, i: number): Garbled | undefined {
  const second = sentence.words[i + 1];
  if (!second) return undefined;
  for (const garbled of BY_OPENING.get(`${sentence.words[i]!.lower} ${second.lower}`) ?? []) {
    const words = sentence.words.slice(i, i + garbled.words.length);
    if (words.length !== garbled.words.length || !words.every((word, k) => word.lower === garbled.words[k] && (k === 0 || adjacent(document, words[k - 1]!, word)))) continue;
    // "Hay Day", "Escape Goat Films": a capital inside the phrase marks a name.
    if (words.slice(1).some((word) => word.text !== word.lower)) continue;
    return garbled;
  }
  return undefined;
}
