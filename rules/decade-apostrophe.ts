import type { Rule } from '../src/engine/types.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';

/** `decade-apostrophe` has no options. */
export type Options = Record<string, never>;

// A decade written with an apostrophe before its "s": "1980's", "the '90's". After a capitalised word the
// year is a possessive of a name or a date ("DEF CON 2020's talks", "Smith 2010's survey", "June
// 2010's election"), after a letter or hyphen part of one ("user-2000's"), and a sum's worth ("£2000's
// worth") is one too.
const DECADE_WITH_APOSTROPHE = /(?<![\p{L}\p{N}'’£$€,.-])(\d{3}0|['’]\d0)['’]s(?![\p{L}\p{N}])(?!\s+worth\b)/gu;
/** The word before a match, with any opening bracket or quote between. */
const WORD_BEFORE = /(\S+?)[\s(“"‘']+$/u;
/** Capitalised words that open a sentence before a decade rather than name what the year belongs to. */
const SENTENCE_OPENERS = new Set(['the', 'in', 'since', 'by', 'during', 'from', 'until', 'after', 'before', 'throughout', 'through', 'a']);

/**
 * "the Roaring 1920's", "the Swinging 1960's": a capitalised adjective names the decade, not an owner
 * of the year, so the decade is still a plural.
 */
function isCapitalisedDescription(before: string): boolean {
  const word = before.replace(/^[“"‘'(]+/u, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return lexicalTags(word.toLowerCase()).some((tag) => tag === 'JJ' || tag === 'VBG');
}

/**
 * A decade with an apostrophe before its "s" ("the 1980's" → "the 1980s", "the '90's" → "the '90s"):
 * a plural, not a possessive, as AP, BBC and Guardian style write it. A year after a capitalised word
 * inside a sentence is left alone: it belongs to a name or a date ("DEF CON 2020's talks").
 */
export const decadeApostrophe: Rule<Options> = {
  meta: {
    id: 'decade-apostrophe',
    kind: 'usage',
    description: 'A decade written with an apostrophe before its "s" ("the 1980\'s" for "the 1980s")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: { 'decade-apostrophe': 'Unexpected “{{actual}}”: a decade is a plural with no apostrophe, expected “{{expected}}”' },
  },
  create(context) {
    return {
      paragraph(paragraph) {
        for (const match of paragraph.text.matchAll(DECADE_WITH_APOSTROPHE)) {
          const before = WORD_BEFORE.exec(paragraph.text.slice(Math.max(0, match.index - 40), match.index))?.[1] ?? '';
          if (/\p{Lu}/u.test(before) && !SENTENCE_OPENERS.has(before.toLowerCase()) && !isCapitalisedDescription(before)) continue;
          const range = { start: paragraph.toSource(match.index), end: paragraph.toSource(match.index + match[0].length) };
          const expected = `${match[1]}s`;
          context.report({ messageId: 'decade-apostrophe', data: { actual: match[0], expected }, range, actual: match[0], expected: [expected] });
        }
      },
    };
  },
};

