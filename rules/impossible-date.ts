import type { Rule } from '../src/engine/types.js';
import { findImpossibleDates } from './english/calendar-dates.js';

/** `impossible-date` has no options. */
export type Options = Record<string, never>;

/**
 * A date that cannot exist: "November 31", "30 February 2014", "29 February 2023", or a range of days
 * that runs backwards, "January 10 – 1". One digit is wrong, and the reader cannot tell which. Without
 * a year, 29 February is taken as possible.
 */
export const impossibleDate: Rule<Options> = {
  meta: {
    id: 'impossible-date',
    kind: 'consistency',
    description: 'A date that cannot exist ("November 31", "30 February 2014") or a range of days that runs backwards',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: {
      'no-such-day': 'Unexpected “{{date}}”: the month has no such day',
      'backward-range': 'Unexpected “{{date}}”: the range of days runs backwards',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        const text = document.source.slice(sentence.start, sentence.end);
        for (const found of findImpossibleDates(text)) {
          const range = { start: sentence.start + found.start, end: sentence.start + found.end };
          context.report({ messageId: found.reason, data: { date: document.textOf(range) }, range, expected: [] });
        }
      },
    };
  },
};
