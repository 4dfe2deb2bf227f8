import type { Rule } from '../src/engine/types.js';
import type { Word } from '../src/model/document.js';
import { CONFUSION_CHECKS, SLOT_CHECKS } from './confused-word/checks.js';
import { garbledMatches } from './english/garbled-match.js';
import { WordContext, type Confusion, type ConfusionCheck } from './confused-word/context.js';

/** `confused-word` has no options. */
export type Options = Record<string, never>;

/** Each spelling's pair checks, ready to call: most words have none and share one empty list. */
const CHECKS_BY_WORD = new Map<string, ConfusionCheck['check'][]>();
for (const check of CONFUSION_CHECKS) {
  for (const word of check.words) CHECKS_BY_WORD.set(word, [...(CHECKS_BY_WORD.get(word) ?? []), check.check]);
}
const NO_CHECKS: readonly ConfusionCheck['check'][] = [];

/**
 * Commonly confused words (affect/effect, its/it's, their/there, principal/principle, lead/led, then/than,
 * council/counsel…), each decided from the words and tags around it rather than from the word alone:
 * "it's" is flagged before "own" or after a preposition and before a noun, never in "it's time";
 * "principle" only where it modifies a noun. Checks live in rules/confused-word/, one per pair.
 * A suggestion is marked safe only where the context leaves one reading ("could of gone", "free reign").
 */
export const confusedWord: Rule<Options> = {
  meta: {
    id: 'confused-word',
    kind: 'usage',
    description: 'A commonly confused word where the context calls for its sound-alike ("the affect of", "it\'s own")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: { confused: 'Unexpected “{{actual}}” {{why}}, expected “{{expected}}”' },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        // A garbled set phrase ("one fowl swoop") is garbled-phrase's, which names the whole phrase.
        const garbled = garbledMatches(document, sentence);
        for (const word of sentence.words) {
          if (garbled.length > 0 && garbled.some(({ first, last }) => word.index >= first && word.index <= last)) continue;
          const at = new WordContext(document, sentence, word);
          const checks = CHECKS_BY_WORD.get(at.lower(0)) ?? NO_CHECKS;
          const found = firstConfusion(checks, at) ?? firstConfusion(SLOT_CHECKS, at);
          if (!found) continue;
          const expected = [found.expected, ...(found.alternatives ?? [])].map((replacement) => styled(replacement, word));
          context.report({ messageId: 'confused', data: { actual: word.text, why: found.why, expected: expected.join('” or “') }, node: word, expected, safe: found.safe });
        }
      },
    };
  },
};

/** The first check's finding, running no check past it. */
function firstConfusion(checks: ReadonlyArray<(context: WordContext) => Confusion | undefined>, at: WordContext): Confusion | undefined {
  for (const check of checks) {
    const found = check(at);
    if (found) return found;
  }
  return undefined;
}

/** The replacement in the original's style: its capital and its kind of apostrophe. */
function styled(replacement: string, original: Word): string {
  let text = original.text.includes('’') ? replacement.replace(/'/g, '’') : replacement;
  // "I" ("I'd") is capital wherever it stands: only at the sentence start does its replacement take one.
  if (/^\p{Lu}/u.test(original.text) && !(/^I(['’]|$)/.test(original.text) && original.index > 0)) text = text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}
