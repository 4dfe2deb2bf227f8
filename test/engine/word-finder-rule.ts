import type { Rule } from '../../src/engine/types.js';

/** A tiny rule for engine tests: reports every occurrence of one word. */
export function wordFinder(target: string): Rule<{ word: string }> {
  return {
    meta: {
      id: 'word-finder',
      kind: 'style',
      description: 'Reports a chosen word (engine tests only)',
      severity: 'warning',
      fixable: false,
      defaults: { word: target },
      schema: { word: { type: 'string' } },
      messages: { found: 'Found `{{word}}`' },
    },
    create(context, options) {
      return {
        word(word) {
          if (word.lower === options.word) context.report({ messageId: 'found', data: { word: word.text }, node: word });
        },
      };
    },
  };
}
