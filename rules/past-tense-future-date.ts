import type { Rule } from '../src/engine/types.js';
import type { Sentence, Word } from '../src/model/document.js';
import { findFullDates } from './english/calendar-dates.js';

/** Options for `past-tense-future-date`. */
export interface Options {
  /** The day the copy is checked against, as YYYY-MM-DD (default `''`: the day the linter runs). */
  today: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Words that put an event in the future or make it hypothetical, whatever tense the verb has. */
const FUTURE_MARKERS = /^(will|shall|'ll|would|could|should|may|might|must|going|due|scheduled|expected|planned|plans|plan|set|until|till|intends|intended|aims|aimed|hopes|hoped|deadline|if|unless|when|next|by|before|from|after)$/;

/**
 * A past tense with a date that has not come yet: "We visited the client on 27 October 2040". The
 * year (or the tense) is a slip, the kind that makes an article wrong the day it runs. Only an event
 * dated "on" a full date is judged, in a sentence with a past verb ("visited", "had informed", "have
 * visited") and no word that looks ahead or makes it hypothetical ("will", "would", "due", "planned",
 * "until", "by", "if", an infinitive such as "agreed to meet"). The date is compared with `today`.
 */
export const pastTenseFutureDate: Rule<Options> = {
  meta: {
    id: 'past-tense-future-date',
    kind: 'consistency',
    description: 'A past tense with a date that has not come yet ("we visited the client on 27 October 2040")',
    severity: 'warning',
    fixable: false,
    defaults: { today: '' },
    schema: { today: { type: 'string', description: 'The day the copy is checked against (YYYY-MM-DD); empty for the day the linter runs' } },
    messages: { future: 'Unexpected past tense “{{verb}}” with {{date}}, a date still to come' },
  },
  create(context, options) {
    const { document } = context;
    const parsed = Date.parse(options.today);
    const today = Number.isNaN(parsed) ? Date.now() : parsed;
    return {
      sentence(sentence) {
        const text = document.source.slice(sentence.start, sentence.end);
        for (const date of findFullDates(text)) {
          if (Date.UTC(date.year, date.month - 1, date.day) <= today) continue;
          const before = text.slice(0, date.start);
          if (!/\bon\s+(?:the\s+)?$/i.test(before)) continue;
          const verb = pastVerb(sentence);
          if (!verb) continue;
          const start = sentence.start + date.start;
          context.report({
            messageId: 'future',
            data: { verb: verb.text, date: `${date.day} ${MONTHS[date.month - 1]} ${date.year}` },
            range: { start, end: sentence.start + date.end },
            expected: [],
          });
        }
      },
    };
  },
};

/** The sentence's past verb ("visited", "had informed", "have visited"), or undefined when it has none or looks ahead. */
function pastVerb(sentence: Sentence): Word | undefined {
  const words = sentence.words;
  if (words.some((word, i) => FUTURE_MARKERS.test(word.lower.replace(/’/g, "'")) || word.tag === 'MD' || (word.tag === 'TO' && words[i + 1]?.tag === 'VB'))) return undefined;
  return words.find((word, i) => (word.tag === 'VBD' && word.lemma !== 'be') || (word.tag === 'VBN' && /^(have|has|had|'ve)$/.test(words[i - 1]?.lower ?? '')));
}
