import type { Rule } from '../src/engine/types.js';

/** `decade-apostrophe` has no options. */
export type Options = Record<string, never>;

// A decade written with an apostrophe before its "s": "1980's", "the '90's", after a word that
// introduces a period ("the", "since", "mid", "early"). After a name the year is a possessive ("DEF CON
// 2020's talks", "Smith 2010's dataset"), and a sum's worth ("£2000's worth") is one too.
const DECADE_WITH_APOSTROPHE =
  /(?<=(?:^|[\s(])(?:the|in|of|since|during|through|throughout|until|till|from|to|into|by|early|late|mid|circa|a|and|or|&)[\s-]+)(\d{3}0|['’]\d0)['’]s(?![\p{L}\p{N}])(?!\s+worth\b)/giu;

/**
 * A decade with an apostrophe before its "s" ("the 1980's" → "the 1980s", "the '90's" → "the '90s"):
 * a plural, not a possessive, as AP, BBC and Guardian style write it. Only after a word that
 * introduces a period of time, so names with a year ("DEF CON 2020's talks") are left alone.
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
          const range = { start: paragraph.toSource(match.index), end: paragraph.toSource(match.index + match[0].length) };
          const expected = `${match[1]}s`;
          context.report({ messageId: 'decade-apostrophe', data: { actual: match[0], expected }, range, actual: match[0], expected: [expected] });
        }
      },
    };
  },
};
