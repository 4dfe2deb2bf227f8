import type { Rule } from '../src/engine/types.js';

/** `contraction-case` has no options. */
export type Options = Record<string, never>;

const CONTRACTION = /^(\p{L}+)(['’])(\p{L}{1,2})$/u;
const ENDINGS = /^(s|re|ve|ll|d|m|t)$/i;

/**
 * A capital after the apostrophe of a contraction or possessive in a word that is not all capitals:
 * "We'Re", "it'S", "document'S". Shift held a moment too long; the ending belongs in lower case. A word
 * in capitals throughout ("WE'RE") is shouting, not a slip, and is left alone.
 */
export const contractionCase: Rule<Options> = {
  meta: {
    id: 'contraction-case',
    kind: 'style',
    description: 'A capital after the apostrophe of a contraction ("We\'Re", "it\'S")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: { capital: 'Unexpected capital in “{{actual}}”, expected “{{expected}}”' },
  },
  create(context) {
    return {
      word(word) {
        const match = word.text.match(CONTRACTION);
        if (!match) return;
        const [, stem, apostrophe, ending] = match as unknown as [string, string, string, string];
        if (!ENDINGS.test(ending) || ending === ending.toLowerCase() || word.text === word.text.toUpperCase()) return;
        const expected = `${stem}${apostrophe}${ending.toLowerCase()}`;
        context.report({ messageId: 'capital', data: { actual: word.text, expected }, node: word, expected: [expected], safe: true });
      },
    };
  },
};
