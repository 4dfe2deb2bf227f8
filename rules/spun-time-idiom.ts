import type { Rule } from '../src/engine/types.js';
import type { Sentence, Word } from '../src/model/document.js';

/** `spun-time-idiom` has no options. */
export type Options = Record<string, never>;

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Words that place a date within its month or season ("late November", "early March"). */
const DATE_POSITIONS = new Set(['late', 'early', 'mid']);
/** Near-synonyms of "last" that article spinners put into "last year". */
const SPUN_LAST = new Set(['past', 'previous', 'prior', 'preceding']);
const UNITS = new Set(['year', 'week', 'month']);
/** Prepositions that take a time phrase; without an article, "in previous year" is spun copy. */
const TIME_PREPOSITIONS = new Set(['in', 'during', 'since', 'from', 'until', 'till', 'by', 'of', 'than', 'over', 'through', 'throughout', 'on', 'at']);

/**
 * Time expressions whose idiom has been swapped for a near-synonym, as article spinners and
 * machine rewrites do: "in March past year", "late November previous year", "on Monday prior week"
 * for "last year" and "last week". After a date the fix is certain; after a bare preposition
 * ("in previous year") the writer may have meant "last year" or "the previous year".
 */
export const spunTimeIdiom: Rule<Options> = {
  meta: {
    id: 'spun-time-idiom',
    kind: 'usage',
    description: 'A time idiom with a near-synonym swapped in ("March past year" for "March last year")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: {
      'after-date': 'Unexpected “{{actual}}” after a date: the idiom is “{{expected}}”',
      'missing-article': 'Unexpected “{{actual}}” without an article: the idiom is “{{expected}}” or “the {{actual}}”',
    },
  },
  create(context) {
    return {
      sentence(sentence) {
        for (const word of sentence.words) {
          const found = spunPhrase(sentence, word);
          if (!found) continue;
          const actual = `${word.text} ${found.unit.text}`;
          const expected = `last ${found.unit.text}`;
          context.report({
            messageId: found.afterDate ? 'after-date' : 'missing-article',
            data: { actual, expected },
            range: { start: word.start, end: found.unit.end },
            actual,
            expected: found.afterDate ? [expected] : [expected, `the ${actual}`],
            safe: found.afterDate,
          });
        }
      },
    };
  },
};

/** "past year" whose unit follows at once and whose idiom is "last year"; undefined otherwise. */
function spunPhrase(sentence: Sentence, word: Word): { unit: Word; afterDate: boolean } | undefined {
  // Capitalised "Previous year" opens a label or a heading more often than a sentence.
  if (!SPUN_LAST.has(word.text)) return undefined;
  const unit = sentence.words[word.index + 1];
  if (!unit || !UNITS.has(unit.text) || unit.end - word.end !== unit.text.length + 1) return undefined;
  const before = sentence.words[word.index - 1];
  if (!before) return undefined;
  if (isDate(sentence, before)) return { unit, afterDate: true };
  // "the past year", "its previous year" are right as they are; "past" alone only follows a date.
  if (word.text !== 'past' && TIME_PREPOSITIONS.has(before.lower)) return { unit, afterDate: false };
  return undefined;
}

/** A month, a weekday, or a day number after a month ("March 5"), read from the word itself. */
function isDate(sentence: Sentence, word: Word): boolean {
  if (MONTHS.has(word.lower) && /^\p{Lu}/u.test(word.text)) return true;
  if (WEEKDAYS.has(word.lower)) return true;
  if (DATE_POSITIONS.has(word.lower)) return true;
  const previous = sentence.words[word.index - 1];
  return /^\d{1,2}(?:st|nd|rd|th)?$/.test(word.lower) && previous !== undefined && MONTHS.has(previous.lower);
}
