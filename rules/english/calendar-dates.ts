/** Dates written out in prose, read with the calendar behind them. */

/** A weekday written right before a date: "Monday, 7 October 2014", "Tue Oct 7", "Friday, 31/10/2014". */
export interface WeekdayDate {
  /** Offsets of the whole phrase in the text searched, weekday to date. */
  start: number;
  end: number;
  /** The weekday as written ("Monday", "Mon"). */
  weekdayText: string;
  /** 0 for Sunday to 6 for Saturday. */
  weekday: number;
  day: number;
  /** 1 to 12. */
  month: number;
  year: number | undefined;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_NAMES = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun';
/** Two-letter abbreviations ("Mo", "Tu") count only before a comma, as in a dated heading. */
const SHORT_WEEKDAYS = 'Mo|Tu|We|Th|Fr|Sa|Su';
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const ORDINAL = '(?:st|nd|rd|th)?';

const DAY_MONTH = `(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_NAMES})\\.?(?:,?\\s+(\\d{4}))?`;
const MONTH_DAY = `(${MONTH_NAMES})\\.?\\s+(\\d{1,2})${ORDINAL}(?:,?\\s+(\\d{4}))?`;
const NUMERIC = '(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?';
const ISO = '(\\d{4})-(\\d{2})-(\\d{2})';
const WEEKDAY_DATE = new RegExp(
  `\\b(?:(${WEEKDAY_NAMES})\\.?(?:,\\s*|\\s+)|(${SHORT_WEEKDAYS}),\\s*)(?:the\\s+)?(?:${DAY_MONTH}|${MONTH_DAY}|${NUMERIC}|${ISO})(?![\\d/-])`,
  'g',
);

/** Every weekday-and-date phrase in `text`; numeric dates only where day and month cannot be swapped. */
export function findWeekdayDates(text: string): WeekdayDate[] {
  const found: WeekdayDate[] = [];
  for (const match of text.matchAll(WEEKDAY_DATE)) {
    const weekdayText = match[1] ?? match[2]!;
    const date = dateOf(match.slice(3));
    if (!date) continue;
    found.push({ start: match.index, end: match.index + match[0].length, weekdayText, weekday: weekdayIndex(weekdayText), ...date });
  }
  return found;
}

/** The weekday of a date (0 Sunday … 6 Saturday), or undefined when no such day exists ("31 November"). */
export function weekdayOf(year: number, month: number, day: number): number | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getUTCDay();
}

/** A weekday's name written the way `like` was: "Tuesday" for "Monday", "Tue" for "Mon", "Tu" for "Mo". */
export function weekdayName(weekday: number, like: string): string {
  const full = WEEKDAYS[weekday]!;
  const name = full.charAt(0).toUpperCase() + full.slice(1);
  if (like.length <= 2) return name.slice(0, 2);
  return like.length <= 4 && !WEEKDAYS.includes(like.toLowerCase()) ? name.slice(0, 3) : name;
}

function dateOf(groups: ReadonlyArray<string | undefined>): Pick<WeekdayDate, 'day' | 'month' | 'year'> | undefined {
  const [dmDay, dmMonth, dmYear, mdMonth, mdDay, mdYear, first, second, numericYear, isoYear, isoMonth, isoDay] = groups;
  if (dmDay !== undefined) return { day: Number(dmDay), month: monthIndex(dmMonth!), year: yearOf(dmYear) };
  if (mdMonth !== undefined) return { day: Number(mdDay), month: monthIndex(mdMonth), year: yearOf(mdYear) };
  if (isoYear !== undefined) return { day: Number(isoDay), month: Number(isoMonth), year: Number(isoYear) };
  const [a, b] = [Number(first), Number(second)];
  // "9/10" is 9 October or 10 September: only a day above 12 settles the order.
  if (a > 12 && b <= 12) return { day: a, month: b, year: yearOf(numericYear) };
  if (b > 12 && a <= 12) return { day: b, month: a, year: yearOf(numericYear) };
  return undefined;
}

function yearOf(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function monthIndex(name: string): number {
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  return months.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function weekdayIndex(text: string): number {
  const lower = text.toLowerCase();
  return WEEKDAYS.findIndex((name) => name.startsWith(lower.slice(0, 2)));
}

/** A full date with its year: "7 October 2040", "October 7, 2040", "27/10/2040", "2040-10-27". */
export interface FullDate {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number;
}

const FULL_DATE = new RegExp(
  `\\b(?:(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_NAMES})\\.?,?\\s+(\\d{4})|(${MONTH_NAMES})\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})|(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\d/-])`,
  'g',
);

/** Every full date in `text`; a numeric date whose day and month could be swapped takes the earlier reading. */
export function findFullDates(text: string): FullDate[] {
  const found: FullDate[] = [];
  for (const match of text.matchAll(FULL_DATE)) {
    const [, dmDay, dmMonth, dmYear, mdMonth, mdDay, mdYear, first, second, numericYear, isoYear, isoMonth, isoDay] = match;
    let date: Omit<FullDate, 'start' | 'end'>;
    if (dmDay !== undefined) date = { day: Number(dmDay), month: monthIndex(dmMonth!), year: Number(dmYear) };
    else if (mdMonth !== undefined) date = { day: Number(mdDay), month: monthIndex(mdMonth), year: Number(mdYear) };
    else if (isoYear !== undefined) date = { day: Number(isoDay), month: Number(isoMonth), year: Number(isoYear) };
    else {
      const [a, b] = [Number(first), Number(second)];
      date = a > 12 || (b <= 12 && b < a) ? { day: a, month: b, year: Number(numericYear) } : { day: b, month: a, year: Number(numericYear) };
    }
    if (weekdayOf(date.year, date.month, date.day) !== undefined) found.push({ start: match.index, end: match.index + match[0].length, ...date });
  }
  return found;
}

/** A day that no month has, or a range of days that runs backwards: "November 31", "Feb 30", "January 10 – 1". */
export interface ImpossibleDate {
  start: number;
  end: number;
  reason: 'no-such-day' | 'backward-range';
}

/** A dash between days: an en dash, or a hyphen with spaces ("3-1" without them is a score). */
const RANGE_DASH = '(?:\\s*–\\s*|\\s+-\\s+)';
const DAY_OF_MONTH = new RegExp(
  `\\b(?:(${MONTH_NAMES})\\.?,?\\s+(\\d{1,2})${ORDINAL}(?:${RANGE_DASH}(\\d{1,2})${ORDINAL})?|(\\d{1,2})${ORDINAL}(?:${RANGE_DASH}(\\d{1,2})${ORDINAL})?\\s+(?:of\\s+)?(${MONTH_NAMES})\\.?)(,?\\s+(\\d{4}))?(?![\\d/:]|\\.\\d)`,
  'g',
);

/** Every impossible day of a month in `text` (the year, when given, decides 29 February; without one it counts as possible). */
export function findImpossibleDates(text: string): ImpossibleDate[] {
  const found: ImpossibleDate[] = [];
  for (const match of text.matchAll(DAY_OF_MONTH)) {
    const [whole, mdMonth, mdDay, mdEnd, dmDay, dmEnd, dmMonth, yearPart, yearText] = match;
    const month = monthIndex((mdMonth ?? dmMonth)!);
    const first = Number(mdDay ?? dmDay);
    const lastText = mdEnd ?? dmEnd;
    const last = lastText === undefined ? first : Number(lastText);
    const year = yearText === undefined ? 2024 : Number(yearText);
    // The span is the day and month; the year after them is context.
    const span = { start: match.index, end: match.index + whole.length - (yearPart?.length ?? 0) };
    // "In March 45 staff left": a number above 31 is a count, not a day.
    if (first > 31 || last > 31) continue;
    if ([first, last].some((day) => weekdayOf(year, month, day) === undefined)) found.push({ ...span, reason: 'no-such-day' });
    else if (last < first) found.push({ ...span, reason: 'backward-range' });
  }
  return found;
}
