import type { ResolvedConfig } from '../../src/config/types.js';
import type { Rule } from '../../src/engine/types.js';
import { builtinRules } from '../../rules/index.js';

/** newslint's own grammar and usage rules, the ones this bench measures. */
export const GRAMMAR_RULE_IDS = [
  'subject-verb-agreement',
  'determiner-before-verb',
  'spun-time-idiom',
  'both-with-many',
  'indefinite-article',
  'confused-word',
  'verb-form-after-auxiliary',
  'weekday-date-mismatch',
  'pronoun-case',
  'double-negative',
  'verb-complement-form',
  'determiner-noun-number',
  'past-tense-future-date',
  'split-compound',
  'compound-modifier-hyphen',
  'impossible-date',
  'contraction-case',
  'double-comparison',
  'missing-apostrophe',
  'stacked-determiner',
  'comprised-of',
  'adverb-position',
  'wrong-preposition',
  'wrong-light-verb',
  'garbled-phrase',
  'intensified-extreme-adjective',
  'repeated-words',
  'decade-apostrophe',
  'connective-comma',
  'missing-sentence-space',
  'missing-article',
  'missing-possessive-apostrophe',
  'misplaced-possessive-apostrophe',
] as const;

/** A config that runs only the named rules, each with its defaults (as test/rule-tester.ts builds one). */
export function configForRules(ids: readonly string[]): ResolvedConfig {
  const rules = new Map(
    ids.map((id) => {
      const rule: Rule | undefined = builtinRules[id];
      if (!rule) throw new Error(`Unknown rule "${id}" (known: ${GRAMMAR_RULE_IDS.join(', ')})`);
      return [id, { rule, severity: rule.meta.severity, options: { ...rule.meta.defaults }, source: 'newslint' }] as const;
    }),
  );
  return { rules, filters: { comments: true, allowlist: [] }, files: [] };
}
