import type { Rule } from '../src/engine/types.js';
import { garbledMatches } from './english/garbled-match.js';

/** `garbled-phrase` has no options. */
export type Options = Record<string, never>;

/**
 * A set phrase garbled beyond one swapped word: "beckon call" (beck and call), "old wise tail" (old
 * wives' tale), "hit the breaks" (brakes), "escape goat" (scapegoat), "in edition to" (in addition to).
 * The forms are written from general knowledge of English eggcorns (rules/english/garbled-phrases.ts) and
 * are wrong wherever they stand; a capital inside the phrase marks a name ("Hay Day", "Escape Goat
 * Films") and quotations are left alone. One word swapped for a sound-alike is `confused-word`'s,
 * unless the form is listed here, when `confused-word` leaves it to this rule.
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
        for (const { first, last, right } of garbledMatches(document, sentence)) {
          const range = { start: sentence.words[first]!.start, end: sentence.words[last]!.end };
          const actual = document.textOf(range);
          const expected = /^\p{Lu}/u.test(actual) ? right[0]!.toUpperCase() + right.slice(1) : right;
          context.report({ messageId: 'garbled', data: { actual, expected }, range, actual, expected: [expected] });
        }
      },
    };
  },
};
