import type { Rule } from '../src/engine/types.js';

/** `missing-sentence-space` has no options. */
export type Options = Record<string, never>;

/**
 * A word, a full stop, question mark, exclamation mark or semicolon, and the next word with no space:
 * "the table.The room". The first word starts after a space or an opening mark, never inside a domain,
 * a path or a handle ("bbc.co.uk", "Node.js"); the second is a capitalised word ("The", "A", "I") that
 * ends there, or after a semicolon a lower-case word of two letters or more.
 */
const RUN_TOGETHER = /(?<![\p{L}\p{N}._@/\\:&=#+-])(\p{L}[\p{L}'’]*\p{Ll})([.!?;])(\p{Lu}\p{Ll}+|[AI]|\p{Ll}{2,})(?=[\s,;:!?)"”’]|\.(?![\p{L}\p{N}])|$)/gu;
const STOP_BEFORE_LETTER = /[.!?;]\p{L}/u;
/** Capitalised words that follow a dot in names of sites, files and code ("Example.Com", "Vue.Js"). */
const NAME_PARTS = /^(Com|Org|Net|Gov|Edu|Io|Co|Uk|Js|Ts|Py|Md|Txt|Pdf|Html|Exe|App|Ai|Tv)$/;

/**
 * Two sentences run together with no space after the stop: "The coffee cooled.The room stayed quiet",
 * "Are you coming?Elijah is waiting", "The night was cold;stars glittered". Copy pasted from other
 * sources and careless edits lose the space; spell checkers read the pair as one unknown word.
 * Abbreviations with inner stops ("U.S.", "e.g."), initials, domains, file names and numbers
 * ("No.10") do not match: after a full stop the first word must be lower case and at least two letters.
 */
export const missingSentenceSpace: Rule<Options> = {
  meta: {
    id: 'missing-sentence-space',
    kind: 'punctuation',
    description: 'No space after a sentence\'s full stop, question mark or semicolon ("the table.The room")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: { 'missing-space': 'Unexpected “{{actual}}” with no space after “{{stop}}”, expected “{{expected}}”' },
  },
  create(context) {
    const { document } = context;
    return {
      paragraph(paragraph) {
        // Most paragraphs have no stop touching a letter; the full pattern is only tried on the rest.
        if (!STOP_BEFORE_LETTER.test(paragraph.text)) return;
        for (const match of paragraph.text.matchAll(RUN_TOGETHER)) {
          const [, before, stop, after] = match as unknown as [string, string, string, string];
          if (stop === '.' && before !== before.toLowerCase()) continue;
          if (NAME_PARTS.test(after)) continue;
          // Only a semicolon joins two lower-case words; after a stop the next sentence starts with a capital.
          if (stop !== ';' && after === after.toLowerCase()) continue;
          const from = match.index! + before.length;
          const to = from + stop.length + after.length;
          const range = { start: paragraph.toSource(from), end: paragraph.toSource(to - 1) + 1 };
          const actual = document.textOf(range);
          const expected = `${stop} ${after}`;
          context.report({ messageId: 'missing-space', data: { actual, stop, expected }, range, actual, expected: [expected], safe: false });
        }
      },
    };
  },
};
