import retextReadability from 'retext-readability';
import { retextRule } from '../src/plugins/retext-rule.js';

/** Options for `readability`. */
export interface Options {
  /** Reading age the copy should suit; a formula "fails" a sentence that needs an older reader (default 16). */
  age: number;
  /** Only sentences with at least this many words are scored (default 30). */
  minWords: number;
  /** Share of the seven formulas that must fail a sentence before it is reported (default 4/7). */
  threshold: number;
}

/**
 * Long sentences that are hard to read, judged by seven readability formulas (retext-readability).
 * Defaults suit news copy: general readers (age 16) and only sentences of 30 words or more, since on a
 * short sentence one long name swings the formulas and long sentences are where copy loses readers.
 */
export const readability = retextRule<Options>({
  id: 'readability',
  kind: 'readability',
  description: 'Long sentences that most readability formulas rate too hard for a general reader',
  plugin: retextReadability,
  defaults: { age: 16, minWords: 30, threshold: 4 / 7 },
  schema: {
    age: { type: 'integer', minimum: 5, maximum: 25, description: 'Target reading age' },
    minWords: { type: 'integer', minimum: 1, description: 'Shortest sentence (in words) that is scored' },
    threshold: { type: 'number', minimum: 0, maximum: 1, description: 'Share of the 7 formulas that must agree' },
  },
  scope: 'sentence',
  // The plugin scores only sentences of at least `minWords` words (it counts word nodes), and it looks
  // every word up in two word lists by linear search: shorter sentences are left out before it runs.
  skips: (sentence, options) => sentence.children.filter((node) => node.type === 'WordNode').length < options.minWords,
  severity: 'warning',
});
