import type { SentenceContent } from 'nlcst';
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
});

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
 * may spell out ("an ntl spokesman", "an fbi.gov address").
 */
export const indefiniteArticle: Rule<Options> = {
  meta: adapted.meta,
  create(context, options) {
    const report = (descriptor: ReportDescriptor) => {
      if (!misheard(descriptor, context.document)) context.report(descriptor);
    };
    return adapted.create({ ...context, report }, options);
  },
};

function misheard(descriptor: ReportDescriptor, document: NewsDocument): boolean {
  const end = descriptor.range?.end ?? descriptor.node?.end;
  if (end === undefined) return false;
  const next = /^\s*(\S+)/.exec(document.source.slice(end, end + 40))?.[1] ?? '';
  // Lower-case letters a reader may spell out rather than say ("an ntl spokesman", "an fbi.gov address");
  // capitals ("an LCD") the plugin already spells out.
  const spelledOut = /^[a-z][a-z.]*$/.test(next.replace(/[^\p{L}.]/gu, '')) && (!/[aeiouy]/.test(next) || /^[a-z]+\.[a-z]/.test(next));
  return /^\d{4}\b/.test(next) || /^['’]\d/.test(next) || /^unil/i.test(next) || spelledOut;
}
