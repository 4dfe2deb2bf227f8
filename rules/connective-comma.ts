import type { Rule } from '../src/engine/types.js';
import type { Sentence, Word } from '../src/model/document.js';

/** `connective-comma` has no options. */
export type Options = Record<string, never>;

/**
 * Connectives that open a sentence as a comment on the one before and take a comma after them. Left
 * out: those news copy often runs straight on ("Meanwhile the", "Instead of", "Thus", "Indeed"), as
 * the dev news showed (17 of 98 "Meanwhile" and 30 of 63 "Instead" without a comma).
 */
const CONNECTIVES = new Set(['however', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'frankly', 'alternatively', 'consequently', 'additionally', 'conversely', 'likewise']);
/** Two-word connectives: "for example", "for instance". */
const PAIRED = new Map([['for', new Set(['example', 'instance'])]]);

/**
 * A sentence-opening connective without its comma: "However the talks failed" → "However, the talks
 * failed". "However" before an adjective or adverb means "in whatever way" and takes none ("However
 * hard they try").
 */
export const connectiveComma: Rule<Options> = {
  meta: {
    id: 'connective-comma',
    kind: 'punctuation',
    description: 'A sentence-opening connective without its comma ("However the talks failed")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: { 'missing-comma': 'Expected a comma after “{{actual}}” opening the sentence' },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        const opener = openingConnective(sentence);
        if (opener === undefined) return;
        const next = sentence.words[opener.index + 1];
        if (next === undefined || next.start - opener.end < 1 || document.source.slice(opener.end, next.start).trim() !== '') return;
        if (opener.lower === 'however' && /^(JJ|JJR|JJS|RB|RBR)$/.test(next.tag)) return;
        const range = { start: sentence.words[0]!.start, end: opener.end };
        const actual = document.textOf(range);
        context.report({ messageId: 'missing-comma', data: { actual }, range, actual, expected: [`${actual},`] });
      },
    };
  },
};

/** The connective a sentence opens with (its last word), unless the sentence is quoted. */
function openingConnective(sentence: Sentence): Word | undefined {
  const [first, second] = sentence.words;
  if (first === undefined || first.quoted || !/^\p{Lu}/u.test(first.text)) return undefined;
  if (CONNECTIVES.has(first.lower)) return first;
  return second !== undefined && PAIRED.get(first.lower)?.has(second.lower) ? second : undefined;
}
