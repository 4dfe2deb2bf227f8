import { lemmatize } from './lemma.js';
import { knows } from './tagger-lexicon.js';
import { contextRules, type SentenceContext } from './tagger-rules.js';
import { analyse, isTitleCase } from './tagger-token.js';

/**
 * Part-of-speech tagger for the document model: Penn Treebank tags and lemmas for one sentence's
 * nlcst words.
 *
 * It reads en-lexicon (the lexicon behind en-pos, ~112k words with their tags, likeliest first)
 * directly, then applies a short list of context rules. Loading en-pos itself costs ~200 ms, mostly
 * for name and city lists; the lexicon alone costs ~60 ms, and only on the first call.
 * bench/tagger/RESULTS.md has the measurements behind this choice.
 *
 * nlcst keeps clitics inside the word ("Korea's", "didn't", "It's"), so each such word gets one tag:
 * the noun's for possessives, the verb's for "n't" and pronoun contractions (that word carries the
 * clause's finite verb).
 *
 * Parts: tagger-token.ts splits clitics and looks words up (tagger-lexicon.ts), tagger-rules.ts
 * corrects tags in context, lemma.ts gives the dictionary form.
 */

/** A word's Penn Treebank tag and lower-case dictionary form. */
export interface TaggedWord {
  tag: string;
  lemma: string;
}

/** Names of the context rules, in run order (for the bench's per-rule measurements). */
export const contextRuleNames: readonly string[] = contextRules.map((rule) => rule.name);

/** Options for measuring the tagger; the linter never passes any. */
export interface TagOptions {
  /** Context rules to leave out. */
  skipRules?: ReadonlySet<string>;
}

/** Tags one sentence's words (nlcst WordNode texts, punctuation excluded) with Penn tags and lemmas. */
export function tagWords(words: readonly string[], options: TagOptions = {}): TaggedWord[] {
  const sentence: SentenceContext = { titleCase: isTitleCase(words) };
  const tokens = words.map((word, index) => analyse(word, index, sentence.titleCase));
  for (const rule of contextRules) if (!options.skipRules?.has(rule.name)) rule.apply(tokens, sentence);
  return tokens.map((token) => ({ tag: token.tag, lemma: token.lemma ?? lemmatize(token.text, token.tag, knows) }));
}

