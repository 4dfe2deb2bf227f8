import type { Rule } from '../src/engine/types.js';
import type { Sentence, Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { adjacent } from './english/gaps.js';
import { TIME_UNITS } from './english/possessor-nouns.js';

/** `misplaced-possessive-apostrophe` has no options. */
export type Options = Record<string, never>;

/** Number words above one, and words that count several: the stretch of time they open is plural. */
const SEVERAL = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'hundred', 'few', 'several', 'many',
]);
/** Words that open one stretch of time: "one day's leave", "a year's time". */
const ONE = new Set(['one', 'a', 'an']);
/** "2 day's", "48 hour's", "1.5 year's": a figure other than 1. */
const FIGURE_ABOVE_ONE = /^(?!1$)\d+(\.\d+)?$/;
/** A word with the singular possessive: "day's", "hour’s". */
const SINGULAR_POSSESSIVE = /^(\p{L}+)(['’])s$/u;

/** One possessive on the wrong side of its "s", and its replacement. */
interface Finding {
  /** Where the span ends: after the apostrophe that trails a plural ("days'"). */
  end: number;
  expected: string;
}

/**
 * A counted stretch of time whose possessive apostrophe sits on the wrong side of the "s": several
 * units take the plural possessive ("two day's drive" → "two days'", "12 hour's worth" → "12 hours'"),
 * one unit the singular ("a years' time" → "a year's", "one days' leave" → "one day's"). Only units of
 * time are read, before the noun they measure; "the first day's play" has no count.
 */
export const misplacedPossessiveApostrophe: Rule<Options> = {
  meta: {
    id: 'misplaced-possessive-apostrophe',
    kind: 'punctuation',
    description: 'A counted stretch of time with its possessive apostrophe on the wrong side ("two day\'s drive", "a years\' time")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: {
      misplaced: 'Unexpected “{{actual}}” after “{{count}}”, expected “{{expected}}”',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        for (const word of sentence.words) {
          // Nearly every word fails here: only a word after a count can be a counted unit.
          const count = sentence.words[word.index - 1];
          if (!count || !(SEVERAL.has(count.lower) || ONE.has(count.lower) || FIGURE_ABOVE_ONE.test(count.lower))) continue;
          const finding = severalWithSingular(sentence, count, word) ?? oneWithPlural(document.source, sentence, count, word);
          if (!finding || !adjacent(document, count, word)) continue;
          const range = { start: word.start, end: finding.end };
          const actual = document.textOf(range);
          context.report({
            messageId: 'misplaced',
            data: { actual, count: count.text, expected: finding.expected },
            range,
            actual,
            expected: [finding.expected],
            safe: true,
          });
        }
      },
    };
  },
};

/** "two day's drive": a count above one before a unit with the singular possessive. */
function severalWithSingular(sentence: Sentence, count: Word, word: Word): Finding | undefined {
  if (ONE.has(count.lower)) return undefined;
  const match = SINGULAR_POSSESSIVE.exec(word.text);
  if (!match || !TIME_UNITS.has(match[1]!.toLowerCase()) || !measuresNoun(sentence, word)) return undefined;
  return { end: word.end, expected: `${match[1]}s${match[2]}` };
}

/** "a years' time": one unit before the plural possessive. */
function oneWithPlural(source: string, sentence: Sentence, count: Word, word: Word): Finding | undefined {
  const apostrophe = source[word.end];
  if (!ONE.has(count.lower) || (apostrophe !== "'" && apostrophe !== '’') || !word.lower.endsWith('s')) return undefined;
  const unit = word.text.slice(0, -1);
  if (!TIME_UNITS.has(unit.toLowerCase()) || !measuresNoun(sentence, word)) return undefined;
  return { end: word.end + 1, expected: `${unit}${apostrophe}s` };
}

/** Whether a noun follows the possessive, which it measures ("drive", "worth", "time", "leave"). */
function measuresNoun(sentence: Sentence, word: Word): boolean {
  const next = sentence.words[word.index + 1];
  return next !== undefined && (/^(NN|NNS|JJ)$/.test(next.tag) || lexicalTags(next.lower).includes('NN'));
}
