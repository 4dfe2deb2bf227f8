import type { Rule } from '../src/engine/types.js';
import { findWeekdayDates, weekdayName, weekdayOf } from './english/calendar-dates.js';

/** `weekday-date-mismatch` has no options. */
export type Options = Record<string, never>;

// "at 2005 GMT" is a time, not a year.
const YEAR = /(?<!\bat )\b(?:19|20)\d{2}\b(?!\s*(?:GMT|BST|UTC|hrs|hours|h\b))/g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A weekday next to a date that falls on another day: "Monday, 7 October 2014" (a Tuesday). A wrong
 * weekday or date sends readers to the wrong event, and a correction has to run. The calendar is
 * computed; a date without a year is checked only when the sentence names exactly one year ("the 2014
 * convention opens on Monday, 31/10"), since the rule cannot know when the copy was written. Numeric
 * dates count only where day and month cannot be swapped ("31/10", not "9/10").
 */
export const weekdayDateMismatch: Rule<Options> = {
  meta: {
    id: 'weekday-date-mismatch',
    kind: 'consistency',
    description: 'A weekday next to a date that falls on another day ("Monday, 7 October 2014")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: { mismatch: 'Unexpected “{{weekday}}”: {{date}} is a {{actual}}' },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        const text = document.source.slice(sentence.start, sentence.end);
        for (const found of findWeekdayDates(text)) {
          const year = found.year ?? onlyYear(text.slice(0, found.start) + text.slice(found.end));
          if (year === undefined) continue;
          const weekday = weekdayOf(year, found.month, found.day);
          if (weekday === undefined || weekday === found.weekday) continue;
          const start = sentence.start + found.start;
          const date = `${found.day} ${MONTHS[found.month - 1]} ${year}`;
          const replacement = weekdayName(weekday, found.weekdayText);
          context.report({
            messageId: 'mismatch',
            data: { weekday: found.weekdayText, date, actual: DAY_NAMES[weekday]! },
            range: { start, end: sentence.start + found.end },
            actual: document.textOf({ start, end: sentence.start + found.end }),
            expected: [replacement + document.source.slice(start + found.weekdayText.length, sentence.start + found.end)],
            safe: false,
          });
        }
      },
    };
  },
};

/** The one year a sentence names, or undefined when it names none or several. */
function onlyYear(text: string): number | undefined {
  const years = new Set([...text.matchAll(YEAR)].map((match) => Number(match[0])));
  return years.size === 1 ? [...years][0] : undefined;
}
