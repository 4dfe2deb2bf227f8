import type { Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextIndefiniteArticle from 'retext-indefinite-article';
import type { NewsDocument } from '../src/model/document.js';
import type { ReportDescriptor, Rule } from '../src/engine/types.js';
import { retextRule } from '../src/plugins/retext-rule.js';

/** `indefinite-article` has no options. */
export type Options = Record<string, never>;

const adapted = retextRule<Options>({
  id: 'indefinite-article',
  kind: 'grammar',
  description: 'The article "a" before a vowel sound or "an" before a consonant sound',
  plugin: retextIndefiniteArticle,
  defaults: {},
  schema: {},
  severity: 'warning',
  fixable: true,
  // Judged within a sentence, so a re-lint only asks about changed sentences; one without "a" or "an" has nothing to judge.
  scope: 'sentence',
  skips: (sentence) => !sentence.children.some(isArticle),
  excerpt: articleStretch,
});

/**
 * The part of a sentence the plugin reads: it judges an article by whether a word comes before it (a
 * capital "A" opens a sentence only) and by the word after it (past a space and perhaps a quotation
 * mark). So the stretch runs from the last word before the first article to the third node after the
 * last one; articles are found as the plugin finds them, by their lower-case text.
 */
function articleStretch(sentence: NlcstSentence): NlcstSentence {
  const nodes = sentence.children;
  let first = -1;
  let last = -1;
  for (let i = 0; i < nodes.length; i++) {
    if (!readsAsArticle(nodes[i]!)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return sentence;
  let wordBefore = first - 1;
  while (wordBefore >= 0 && nodes[wordBefore]!.type !== 'WordNode') wordBefore--;
  return { ...sentence, children: nodes.slice(wordBefore >= 0 ? wordBefore : first, last + 4) };
}

/** Whether the plugin takes a node for an article: a word whose text is "a" or "an" in any case. */
function readsAsArticle(node: SentenceContent): boolean {
  if (node.type !== 'WordNode') return false;
  // Most words are one text node, whose length rules them out without building their text.
  const only = node.children.length === 1 ? node.children[0]! : undefined;
  if (only?.type === 'TextNode' && only.value.length > 2) return false;
  return /^an?$/.test(toString(node).toLowerCase());
}

/** A word node that is "a" or "an" (one text node, as parse-english builds short words). */
function isArticle(node: SentenceContent): boolean {
  if (node.type !== 'WordNode' || node.children.length !== 1) return false;
  const text = (node.children[0] as { value?: string }).value;
  return text === 'a' || text === 'an' || text === 'A' || text === 'An' || text === 'AN';
}

/**
 * "a" before a vowel sound or "an" before a consonant sound ("an union", "a hour"), as
 * retext-indefinite-article hears the next word: by sound, not spelling, so "a university", "an hour",
 * "an FBI agent" and "a US envoy" pass. Its suggestion is the other article, which is safe to apply.
 * Readings the plugin gets wrong are dropped: a year ("an 1865 novel" is "an eighteen…"), a decade with
 * its apostrophe ("an '80s film"), "unilateral", which sounds like "you", and lower-case letters a reader
 * may spell out ("an ntl spokesman", "an fbi.gov address"), and an article before another ("a a", "an the").
 * Initialisms the plugin does not know are heard letter by letter when they cannot be said as a word
 * (no vowel: "a LLM" → "an LLM", "an BBC" → "a BBC") or have two letters ("a EU" → "an EU", "a MP3" →
 * "an MP3"); those with vowels ("NATO", "NASA") and "H" (aitch or haitch) are left alone.
 */
export const indefiniteArticle: Rule<Options> = {
  meta: adapted.meta,
  create(context, options) {
    const report = (descriptor: ReportDescriptor) => {
      if (!misheard(descriptor, context.document) && initialismAfter(descriptor, context.document) === undefined) context.report(descriptor);
    };
    const visitors = adapted.create({ ...context, report }, options);
    return {
      async document(document) {
        await visitors.document?.(document);
        for (const finding of initialismArticles(document)) context.report(finding);
      },
    };
  },
};

// Letters whose names start with a vowel sound: "an F", "an M", "an X".
const VOWEL_SOUND_LETTERS = new Set(['A', 'E', 'F', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

/** The initialism after an article's span, when it is one said letter by letter. */
function initialismAfter(descriptor: ReportDescriptor, document: NewsDocument): string | undefined {
  const end = descriptor.range?.end ?? descriptor.node?.end;
  return end === undefined ? undefined : spokenInitialism(document.source.slice(end, end + 40));
}

function spokenInitialism(following: string): string | undefined {
  const letters = /^\s+([A-Z]{2,})\d*(?!\p{L}|\.\p{L})/u.exec(following)?.[1];
  if (letters === undefined || letters.startsWith('H')) return undefined;
  return letters.length === 2 || !/[AEIOUY]/.test(letters) ? letters : undefined;
}

function* initialismArticles(document: NewsDocument): Generator<ReportDescriptor> {
  for (const word of document.words) {
    if (word.lower !== 'a' && word.lower !== 'an') continue;
    const letters = spokenInitialism(document.source.slice(word.end, word.end + 40));
    if (letters === undefined) continue;
    const wanted = VOWEL_SOUND_LETTERS.has(letters[0]!) ? 'an' : 'a';
    if (word.lower === wanted) continue;
    // "A" as a capital mid-sentence is a label ("Plan A MPs"), not an article.
    if (word.text === 'A' && word.index > 0) continue;
    const expected = word.text[0] === word.text[0]!.toUpperCase() ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
    yield {
      messageId: 'plugin',
      data: { message: `Unexpected article \`${word.text}\` before \`${letters}\`, expected \`${expected}\`` },
      range: { start: word.start, end: word.end },
      actual: word.text,
      expected: [expected],
    };
  }
}

function misheard(descriptor: ReportDescriptor, document: NewsDocument): boolean {
  const end = descriptor.range?.end ?? descriptor.node?.end;
  if (end === undefined) return false;
  const next = /^\s*(\S+)/.exec(document.source.slice(end, end + 40))?.[1] ?? '';
  // Lower-case letters a reader may spell out rather than say ("an ntl spokesman", "an fbi.gov address");
  // capitals ("an LCD") the plugin already spells out.
  const spelledOut = /^[a-z][a-z.]*$/.test(next.replace(/[^\p{L}.]/gu, '')) && (!/[aeiouy]/.test(next) || /^[a-z]+\.[a-z]/.test(next));
  // "a a test", "an the likes", "An because": an article before another or before a conjunction is a slip
  // stacked-determiner and the repetition rules name; its sound is beside the point.
  const article = /^(a|an|the|and|or|nor|but|because|although|whereas|unless)$/i.test(next);
  return /^\d{4}\b/.test(next) || /^['’]\d/.test(next) || /^unil/i.test(next) || spelledOut || article;
}
