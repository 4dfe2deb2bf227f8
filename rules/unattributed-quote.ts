import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Paragraph, Quote } from '../src/model/document.js';
import { isSaidVerb } from '../src/model/attribution.js';
import { STANCE_VERB_LEMMAS } from '../src/model/said-verbs.js';

/** Options for `unattributed-quote`. */
export interface Options {
  /**
   * A document with this many uncredited quotations is dialogue (fiction, reviews) or a list of quoted
   * titles, not reporting, and none is reported; 0 reports every one (default 3).
   */
  styleThreshold: number;
}

/** Words a title leaves in lower case ("The Lord of the Rings"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from']);
const LIST_MARKER = /^([-*•+]|\d{1,2}[.)])\s/;
/** Interview copy labels its speakers ("Q:", "A:") instead of attributing. */
const INTERVIEW_LABEL = /^(q|a)\s*[:.]/i;

/**
 * A paragraph that is, or holds, a direct quotation nobody is credited with: no said-verb or "according
 * to" in the paragraph, the paragraph before does not introduce it ("…, he said:"), and it does not
 * continue a quotation whose speaker is already named (see `continuesSpeaker`). Only whole quotations
 * count: a quoted phrase inside a sentence ("a 'new path'", "protected designation of origin") is a term
 * or a partial quotation that the sentence around it frames.
 */
export const unattributedQuote: Rule<Options> = {
  meta: {
    id: 'unattributed-quote',
    kind: 'attribution',
    description: 'A direct quotation with no speaker in its paragraph or an introduction before it',
    severity: 'warning',
    fixable: false,
    defaults: { styleThreshold: 3 },
    schema: {
      styleThreshold: { type: 'integer', minimum: 0, description: 'Uncredited quotations in one document that mark it as dialogue (0: no limit)' },
    },
    messages: {
      'no-speaker': 'Direct quotation with no speaker: nothing in this paragraph or the one before says who said it',
    },
  },
  create(context, options) {
    return {
      document(document) {
        const uncredited: Quote[] = [];
        const quotesByParagraph = groupByParagraph(document.quotes);
        let speakerInScope = false;
        for (const paragraph of document.paragraphs) {
          const reportsSpeech = hasSaidVerb(paragraph, document);
          const quotes = (quotesByParagraph.get(paragraph.index) ?? []).filter((quote) => isWholeQuotation(quote, paragraph, document));
          if (quotes.length === 0) {
            // Indirect speech ("Mr Jolin says children's shows…") names the speaker of the quotation that
            // follows; a line that is not prose (a subheading, a caption) leaves the speaker as it was.
            if (isProse(paragraph)) speakerInScope = reportsSpeech;
            continue;
          }
          const credited: boolean =
            reportsSpeech ||
            introducedBefore(document, paragraph) ||
            continuesSpeaker(paragraph, quotes[0], speakerInScope) ||
            followsSpeechBeat(paragraph, quotes[0], document) ||
            introducedByColon(document, quotes[0]) ||
            signedAfter(document, paragraph);
          if (!credited && paragraph.role === 'paragraph' && !LIST_MARKER.test(paragraph.text) && !INTERVIEW_LABEL.test(paragraph.text)) uncredited.push(quotes[0]);
          speakerInScope = credited;
        }
        if (options.styleThreshold > 0 && uncredited.length >= options.styleThreshold) return;
        for (const quote of uncredited) context.report({ messageId: 'no-speaker', node: quote });
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
 * A whole quotation, not a quoted term or title: it starts with a capital, is not title-cased, and ends a
 * sentence (its own stop inside the marks, or the sentence's stop right after them), or it is the whole
 * paragraph ("'No.'").
 */
function isWholeQuotation(quote: Quote, paragraph: Paragraph, document: NewsDocument): boolean {
  const words = quote.text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const first = words[0];
  if (first === undefined || !/^\p{Lu}/u.test(first)) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word) || TITLE_SMALL_WORDS.has(word.toLowerCase())).length;
  if (words.length > 1 && capitalised === words.length) return false;
  // A quotation standing as the whole paragraph is speech when it ends like a sentence; without a stop it is a heading.
  if (opensWithQuote(paragraph, quote) && quote.end >= paragraph.end - 3) return /[.!?…]["'”’]*\s*$/.test(document.source.slice(quote.start, paragraph.end));
  // A cited title ("Population clock". Statistics office.) ends like a sentence but has no verb of its own.
  if (!hasFiniteVerb(quote, paragraph)) return false;
  const after = document.source.slice(quote.end, quote.end + 3);
  return /[.!?,…]["'”’]*\s*$/.test(quote.text) || /^["'”’»]\s*[.!?,]/.test(after);
}

function hasFiniteVerb(quote: Quote, paragraph: Paragraph): boolean {
  return paragraph.sentences.some((sentence) => sentence.words.some((word) => word.start >= quote.start && word.end <= quote.end && /^(VBD|VBZ|VBP|MD)$/.test(word.tag)));
}

/**
 * A said-verb or "according to" outside the quotations ("…, the MP said", "Mr Ross told reporters"),
 * including a verb of saying straight after a closing quotation ('…," comments Ms Lee').
 */
function hasSaidVerb(paragraph: Paragraph, document: NewsDocument): boolean {
  return paragraph.sentences.some((sentence) =>
    sentence.words.some((word, i) => {
      if (word.quoted) return false;
      if (word.lower === 'according' && sentence.words[i + 1]?.lower === 'to') return true;
      return isSaidVerb(sentence.words, i, document.source);
    }),
  );
}

/** A paragraph of running prose: it ends a sentence ("…in 2004."), unlike a subheading or a stray label. */
function isProse(paragraph: Paragraph): boolean {
  return /[.!?]["'”’)]*\s*$/.test(paragraph.text);
}

/**
 * The sentence just before the quotation, in the same paragraph, reports what someone thinks or says,
 * though not with a said-verb ("Mr Tapsfield criticised the system. 'There is no logic…'").
 */
function followsSpeechBeat(paragraph: Paragraph, quote: Quote, document: NewsDocument): boolean {
  const before = paragraph.sentences.filter((sentence) => sentence.end <= quote.start);
  const last = before[before.length - 1];
  return last !== undefined && last.words.some((word) => !word.quoted && word.tag.startsWith('VB') && (STANCE_VERB_LEMMAS.has(word.lemma) || isSaidVerb(last.words, word.index, document.source)));
}

/** A colon right before the quotation introduces it ("He put it bluntly: 'We will not.'"). */
function introducedByColon(document: NewsDocument, quote: Quote): boolean {
  return /:\s*["'“‘«]?$/.test(document.source.slice(Math.max(0, quote.start - 4), quote.start));
}

/** The next paragraph signs the quotation with a dash and a name ("– Jane D."), as reviews and letters do. */
function signedAfter(document: NewsDocument, paragraph: Paragraph): boolean {
  const next = document.paragraphs[paragraph.index + 1];
  return next !== undefined && /^[-–—]\s*\p{Lu}/u.test(next.text);
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
