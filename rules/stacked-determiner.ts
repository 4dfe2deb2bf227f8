import type { Rule } from '../src/engine/types.js';
import type { Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { ARTICLE_FREE_NAMES } from './english/article-free-names.js';
import { adjacent } from './english/gaps.js';

/** `stacked-determiner` has no options. */
export type Options = Record<string, never>;

const ARTICLES = new Set(['a', 'an', 'the']);
/** What cannot follow an article: another article, a possessive, a subject pronoun. */
const CLASHING = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'its', 'our', 'their', 'he', 'she', 'it', 'we', 'they']);
/** Conjunctions an article cannot stand before: its noun went missing ("The and other options"). */
const CONJUNCTIONS_AFTER_THE = new Set(['and', 'or', 'nor', 'but', 'because', 'although', 'whereas', 'unless']);
/** After "a", only those that cannot follow the letter "a" ("a and b", "option a or b", "a but" for "a bit"). */
const CONJUNCTIONS_AFTER_A = new Set(['because', 'although', 'whereas', 'unless']);
/** A name's possessive ending, which determines the noun after it as "my" would. */
const POSSESSIVE_ENDING = /^(.+)['’]s$/;

/**
 * An article followed by another determiner or a pronoun: "The a thing", "an a flower", "the my
 * life", "the it", and two articles either side of an adverb ("the exactly the same"). One of them is left
 * over from an edit. Capitalised second words ("the A-team",
 * "the It girl", "the US") are names or labels and are left alone.
 */
export const stackedDeterminer: Rule<Options> = {
  meta: {
    id: 'stacked-determiner',
    kind: 'grammar',
    description: 'An article followed by another determiner or a pronoun ("the a thing", "the my life")',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: {
      stacked: 'Unexpected “{{second}}” after “{{first}}”: one of them is left over',
      'article-without-noun': 'Unexpected “{{second}}” after “{{first}}”: the article has no noun',
      'article-before-name-possessive': 'Unexpected “{{first}}” before “{{second}}”: “{{name}}” takes no article, and its possessive determines the noun',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        for (const second of sentence.words) {
          const first = sentence.words[second.index - 1];
          // "the the" is a repeated word, which repeated-words reports; it leaves "the The proper fix" alone as a name's capitals.
          if (first && isCapitalisedRepeat(sentence.words, first, second) && !second.quoted && adjacent(document, first, second)) {
            const range = { start: first.start, end: second.end };
            context.report({ messageId: 'stacked', data: { first: first.text, second: second.text }, range, actual: document.textOf(range), expected: [first.text] });
            continue;
          }
          if (!first || !ARTICLES.has(first.lower) || !CLASHING.has(second.text) || first.lower === second.lower || second.quoted || !adjacent(document, first, second)) continue;
          // "a he-goat" is one word to the tokenizer only when hyphenated; "the it" before a hyphen is a compound too.
          if (/^-/.test(document.source.slice(second.end, second.end + 1))) continue;
          const range = { start: first.start, end: second.end };
          context.report({ messageId: 'stacked', data: { first: first.text, second: second.text }, range, actual: document.textOf(range), expected: [] });
        }
        for (const second of sentence.words) {
          const first = sentence.words[second.index - 1];
          if (first && isArticleBeforeConjunction(first, second) && !second.quoted && adjacent(document, first, second)) {
            const range = { start: first.start, end: second.end };
            context.report({ messageId: 'article-without-noun', data: { first: first.text, second: second.text }, range, actual: document.textOf(range), expected: [] });
          }
          // Most words follow no "the": the regular expression runs only after one.
          const name = first?.lower === 'the' ? POSSESSIVE_ENDING.exec(second.text)?.[1] : undefined;
          if (!first || name === undefined || !ARTICLE_FREE_NAMES.has(name) || second.quoted || !adjacent(document, first, second)) continue;
          // "Visit The London's…": a capitalised "The" inside a sentence belongs to a title.
          if (first.index > 0 && first.text !== 'the') continue;
          const range = { start: first.start, end: second.end };
          context.report({ messageId: 'article-before-name-possessive', data: { first: first.text, second: second.text, name }, range, actual: document.textOf(range), expected: [second.text] });
        }
        // "the exactly the same", "the really the point": an adverb does not stand between two articles
        // ("the longer the wait" compares).
        for (const adverb of sentence.words) {
          const [first, second] = [sentence.words[adverb.index - 1], sentence.words[adverb.index + 1]];
          if (!first || !second || !ARTICLES.has(first.lower) || !ARTICLES.has(second.text) || adverb.tag !== 'RB' || adverb.text !== adverb.lower || adverb.quoted) continue;
          if (lexicalTags(adverb.lower).some((tag) => /^(JJR|RBR|JJS|RBS)$/.test(tag))) continue;
          if (!adjacent(document, first, adverb) || !adjacent(document, adverb, second)) continue;
          const range = { start: first.start, end: second.end };
          context.report({ messageId: 'stacked', data: { first: first.text, second: second.text }, range, actual: document.textOf(range), expected: [document.textOf({ start: adverb.start, end: second.end })] });
        }
      },
    };
  },
};

/** "The and other options", "A because I said so": an article, lower-case or opening the sentence, straight before a conjunction. */
function isArticleBeforeConjunction(first: Word, second: Word): boolean {
  if (first.text !== first.lower && first.index > 0) return false;
  const conjunctions = first.lower === 'a' ? CONJUNCTIONS_AFTER_A : first.lower === 'the' || first.lower === 'an' ? CONJUNCTIONS_AFTER_THE : undefined;
  return conjunctions !== undefined && conjunctions.has(second.text);
}

/** "so the The proper fix": a lower-case "the", a capitalised one inside the sentence, then a lower-case word ("the The Who" is a name). */
function isCapitalisedRepeat(words: readonly Word[], first: Word, second: Word): boolean {
  const next = words[second.index + 1];
  return first.text === 'the' && second.text === 'The' && next !== undefined && next.text === next.lower && /^\p{Ll}/u.test(next.text);
}
