import retextIndefiniteArticle from 'retext-indefinite-article';
import { retextRule } from '../src/plugins/retext-rule.js';

/** `indefinite-article` has no options. */
export type Options = Record<string, never>;

/**
 * "a" before a vowel sound or "an" before a consonant sound ("an union", "a hour"), as
 * retext-indefinite-article hears the next word: by sound, not spelling, so "a university", "an hour",
 * "an FBI agent" and "a US envoy" pass. Its suggestion is the other article, which is safe to apply.
 */
export const indefiniteArticle = retextRule<Options>({
  id: 'indefinite-article',
  kind: 'grammar',
  description: 'The article "a" before a vowel sound or "an" before a consonant sound',
  plugin: retextIndefiniteArticle,
  defaults: {},
  schema: {},
  scope: 'sentence',
  severity: 'warning',
  fixable: true,
});
