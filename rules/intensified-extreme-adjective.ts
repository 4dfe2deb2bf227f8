import type { Rule } from '../src/engine/types.js';
import { adjacent } from './english/gaps.js';
import { ABSOLUTE_ADJECTIVES, EXTREME_ADJECTIVES, STRONGER_WORDS } from './english/extreme-adjectives.js';

/** `intensified-extreme-adjective` has no options. */
export type Options = Record<string, never>;

// "quite unique" (entirely unique) and "really huge" are idiomatic, so "quite" and "really" are not listed.
const INTENSIFIERS = new Set(['very', 'extremely', 'incredibly', 'highly', 'rather', 'fairly', 'somewhat', 'slightly']);
const EXTREME_INTENSIFIERS = new Set(['very', 'extremely']);
const COMPARATIVES = new Set(['more', 'most', 'less', 'least']);

/**
 * An adjective that is already at its limit, graded: "very unique", "more unanimous" (absolute
 * adjectives take no degree), "extremely huge" (extreme adjectives take no "very"/"extremely"), and
 * "extremely cold" where one word says it ("freezing"). The last is a matter of style, so the rule is
 * off in `newslint:recommended`.
 */
export const intensifiedExtremeAdjective: Rule<Options> = {
  meta: {
    id: 'intensified-extreme-adjective',
    kind: 'style',
    description: 'An absolute or extreme adjective graded ("very unique", "extremely huge")',
    severity: 'info',
    fixable: false,
    defaults: {},
    schema: {},
    recommended: false,
    messages: {
      'graded-absolute': '“{{adjective}}” has no degrees: unexpected “{{intensifier}}”',
      'intensified-extreme': '“{{adjective}}” is already extreme: unexpected “{{intensifier}}”',
      'stronger-word': '“{{actual}}” can be one stronger word: {{words}}',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        for (const adjective of sentence.words) {
          const intensifier = sentence.words[adjective.index - 1];
          if (!intensifier || adjective.quoted || !adjacent(document, intensifier, adjective)) continue;
          const how = intensifier.lower;
          const graded = ABSOLUTE_ADJECTIVES.has(adjective.lower) && (INTENSIFIERS.has(how) || COMPARATIVES.has(how));
          const intensified = EXTREME_ADJECTIVES.has(adjective.lower) && EXTREME_INTENSIFIERS.has(how);
          const stronger = how === 'extremely' ? STRONGER_WORDS[adjective.lower] : undefined;
          if (!graded && !intensified && !stronger) continue;
          const range = { start: intensifier.start, end: adjective.end };
          const actual = document.textOf(range);
          if (graded || intensified) {
            // "more unanimous than expected": dropping "more" alone would leave "than" dangling.
            const comparison = sentence.words[adjective.index + 1]?.lower === 'than';
            const data = { adjective: adjective.text, intensifier: intensifier.text };
            context.report({ messageId: graded ? 'graded-absolute' : 'intensified-extreme', data, range, actual, expected: comparison ? [] : [adjective.text] });
            continue;
          }
          if (stronger) {
            context.report({ messageId: 'stronger-word', data: { actual, words: stronger.map((word) => `“${word}”`).join(', ') }, range, actual, expected: [...stronger] });
          }
        }
      },
    };
  },
};
