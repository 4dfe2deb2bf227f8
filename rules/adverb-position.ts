import type { Rule } from '../src/engine/types.js';
import type { Sentence, Word } from '../src/model/document.js';
import { adjacent } from './english/gaps.js';

/** `adverb-position` has no options. */
export type Options = Record<string, never>;

/**
 * Adverbs of frequency, which stand after the first auxiliary or "be" ("is often", "will always", "have
 * often been"). "never", "ever" and "hardly" are left out: "he never was", "never have I" are emphatic.
 */
const FREQUENCY_ADVERBS = new Set(['always', 'usually', 'often', 'sometimes', 'frequently', 'rarely', 'seldom', 'normally', 'generally', 'occasionally']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it']);
const FINITE_BE = new Set(['am', 'is', 'are', 'was', 'were']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);
const HAVE = new Set(['have', 'has', 'had']);

/**
 * An adverb of frequency on the wrong side of the auxiliary: "I sometimes am happy" (→ "am sometimes"),
 * "I always will love you" (→ "will always"), "They often have been seen" and "They have been often
 * seen" (→ "have often been"). Only a subject pronoun before the adverb counts, and a "be" that ends its
 * clause keeps the adverb before it ("They always are.", "as it usually is"). Quotations are left alone.
 */
export const adverbPosition: Rule<Options> = {
  meta: {
    id: 'adverb-position',
    kind: 'grammar',
    description: 'An adverb of frequency before the auxiliary it belongs after ("I sometimes am", "they have been often seen")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: { 'adverb-before-auxiliary': 'Unexpected “{{actual}}”: “{{adverb}}” goes after the auxiliary, expected “{{expected}}”' },
  },
  create(context) {
    const { document } = context;

    /** Whether the words from `from` to `to` (indexes) stand with only spaces between. */
    function joined(sentence: Sentence, from: number, to: number): boolean {
      for (let k = from + 1; k <= to; k++) if (!adjacent(document, sentence.words[k - 1]!, sentence.words[k]!)) return false;
      return true;
    }

    function report(first: Word, second: Word, adverb: Word, expected: string): void {
      const range = { start: first.start, end: second.end };
      const actual = document.textOf(range);
      context.report({ messageId: 'adverb-before-auxiliary', data: { actual, adverb: adverb.text, expected }, range, actual, expected: [expected], safe: false });
    }

    /** "I sometimes am happy", "I always will love", "they often have been seen": pronoun, adverb, auxiliary. */
    function checkBeforeAuxiliary(sentence: Sentence, adverb: Word): void {
      const subject = sentence.words[adverb.index - 1];
      const auxiliary = sentence.words[adverb.index + 1];
      const next = sentence.words[adverb.index + 2];
      if (!subject || !auxiliary || !next || subject.tag !== 'PRP' || !SUBJECT_PRONOUNS.has(subject.lower) || !joined(sentence, subject.index, next.index)) return;
      const lower = auxiliary.lower;
      const fits =
        (FINITE_BE.has(lower) && !/^(VBD|VBZ|VBP|MD)$/.test(next.tag)) ||
        (MODALS.has(lower) && auxiliary.tag === 'MD' && next.tag === 'VB') ||
        (HAVE.has(lower) && (next.lower === 'been' || (next.tag === 'VBN' && next.lower !== 'got')));
      if (!fits) return;
      report(adverb, auxiliary, adverb, `${auxiliary.text} ${adverb.text}`);
    }

    /** "They have been often seen": the adverb belongs before "been", after "have". */
    function checkAfterBeen(sentence: Sentence, adverb: Word): void {
      const been = sentence.words[adverb.index - 1];
      const have = sentence.words[adverb.index - 2];
      const participle = sentence.words[adverb.index + 1];
      if (!been || !have || !participle || been.lower !== 'been' || !HAVE.has(have.lower) || participle.tag !== 'VBN' || !joined(sentence, have.index, participle.index)) return;
      report(been, adverb, adverb, `${adverb.text} ${been.text}`);
    }

    return {
      sentence(sentence) {
        for (const word of sentence.words) {
          if (!FREQUENCY_ADVERBS.has(word.lower) || word.quoted || word.text !== word.lower) continue;
          checkBeforeAuxiliary(sentence, word);
          checkAfterBeen(sentence, word);
        }
      },
    };
  },
};
