import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Paragraph, Quote } from '../src/model/document.js';

/** `unattributed-quote` has no options. */
export type Options = Record<string, never>;

/** Shorter quotations inside a sentence are scare quotes, nicknames or titles ("a 'new path'"), not speech. */
const MIN_SPEECH_WORDS = 4;
/** Words a title leaves in lower case ("The Lord of the Rings"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from']);

/**
 * A paragraph that is, or holds, a direct quotation nobody is credited with: no said-verb or "according
 * to" in the paragraph, the paragraph before does not introduce it ("…, he said:"), and it does not
 * continue a quotation whose speaker is already named (see `continuesSpeaker`).
 */
export const unattributedQuote: Rule<Options> = {
  meta: {
    id: 'unattributed-quote',
    kind: 'attribution',
    description: 'A direct quotation with no speaker in its paragraph or an introduction before it',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: {
      'no-speaker': 'Direct quotation with no speaker: nothing in this paragraph or the one before says who said it',
    },
  },
  create(context) {
    return {
      document(document) {
        const quotesByParagraph = groupByParagraph(document.quotes);
        let speakerInScope = false;
        for (const paragraph of document.paragraphs) {
          const quotes = (quotesByParagraph.get(paragraph.index) ?? []).filter((quote) => isSpeech(quote, paragraph));
          if (quotes.length === 0) {
            speakerInScope = false;
            continue;
          }
          const attributed = quotes.some((quote) => quote.attribution !== undefined);
          const credited: boolean = attributed || introducedBefore(document, paragraph) || continuesSpeaker(paragraph, quotes[0], speakerInScope);
          if (!credited && paragraph.role === 'paragraph') context.report({ messageId: 'no-speaker', node: quotes[0] });
          speakerInScope = credited;
        }
      },
    };
  },
};

function groupByParagraph(quotes: readonly Quote[]): Map<number, Quote[]> {
  const groups = new Map<number, Quote[]>();
  for (const quote of quotes) groups.set(quote.paragraphIndex, [...(groups.get(quote.paragraphIndex) ?? []), quote]);
  return groups;
}

/**
 * Speech, not a scare quote or a title: at least four words that are not title-cased, or a whole
 * paragraph that is a quotation ("'No.'").
 */
function isSpeech(quote: Quote, paragraph: Paragraph): boolean {
  const words = quote.text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length === 0) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word) || TITLE_SMALL_WORDS.has(word.toLowerCase())).length;
  if (words.length > 1 && capitalised === words.length) return false;
  return words.length >= MIN_SPEECH_WORDS || (opensWithQuote(paragraph, quote) && quote.end >= paragraph.end - 3);
}

/** The paragraph before ends with a colon ("…, the minister said:"), or leaves a quotation open that this one carries on. */
function introducedBefore(document: NewsDocument, paragraph: Paragraph): boolean {
  const previous = document.paragraphs[paragraph.index - 1];
  if (!previous) return false;
  return /:\s*$/.test(previous.text) || document.quotes.some((quote) => quote.paragraphIndex === previous.index && quote.continues);
}

/**
 * A continuing quotation by the same speaker: a paragraph that opens with a quotation, right after a
 * paragraph whose quotation is credited (or itself continues one). Copy names a speaker once and lets
 * the next quoted paragraphs run on until a paragraph without a quotation breaks the run.
 */
function continuesSpeaker(paragraph: Paragraph, quote: Quote, speakerInScope: boolean): boolean {
  return speakerInScope && opensWithQuote(paragraph, quote);
}

/** The quotation mark is the paragraph's first character (a dash or bracket before it aside). */
function opensWithQuote(paragraph: Paragraph, quote: Quote): boolean {
  return quote.start - paragraph.start <= 2;
}
