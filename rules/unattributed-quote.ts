import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Paragraph, Quote, Sentence } from '../src/model/document.js';
import { isSaidVerb, speechAttributions } from '../src/model/attribution.js';
import { isPersonRole } from '../src/model/person-roles.js';
import { SPEECH_NOUN_LEMMAS, STANCE_VERB_LEMMAS } from '../src/model/said-verbs.js';

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
 * A direct quotation nobody is credited with. Within a paragraph, quoted sentences that follow one
 * another form a run ('"…." "…," she added.'), credited as a whole: by a said-verb or "according to" in
 * the run, by a beat just before it (see `isBeat`), by a colon or a noun of speech before a quotation in
 * it, or, for the run that opens the paragraph, by an introduction in the paragraph before ("…, he
 * said:") or a quotation continuing by the same speaker (see `continuesSpeaker`). A speaker credited
 * earlier in the paragraph holds it from there on; one named only after the run, past prose, does not
 * reach back, as long paragraphs (BBC copy joins two or three web paragraphs in one) quote several
 * people. Only whole quotations count: a quoted phrase inside a sentence ("a 'new path'", "protected
 * designation of origin") is a term or a partial quotation that the sentence around it frames.
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
          const reportsSpeech = paragraph.sentences.some((sentence) => reportsSpeechIn(sentence, document));
          const quotes = (quotesByParagraph.get(paragraph.index) ?? []).filter((quote) => isWholeQuotation(quote, paragraph, document));
          if (quotes.length === 0) {
            // Indirect speech ("Mr Jolin says children's shows…") or a closing sentence about a speaker names
            // the speaker of the quotation that follows; a line that is not prose (a subheading, a caption)
            // leaves the speaker as it was.
            const closing = paragraph.sentences[paragraph.sentences.length - 1];
            if (isProse(paragraph)) speakerInScope = reportsSpeech || (closing !== undefined && isBeat(closing, document));
            continue;
          }
          const runs = quotationRuns(paragraph, quotes);
          const credited: boolean[] = [];
          for (const [i, run] of runs.entries()) {
            const speakerEarlier = credited.some(Boolean) || speaksBefore(run, paragraph, document);
            credited.push(speakerEarlier || isCredited(run, i === 0, document, paragraph, speakerInScope));
          }
          const firstUncredited = runs.find((_, i) => !credited[i]);
          if (firstUncredited && paragraph.role === 'paragraph' && !LIST_MARKER.test(paragraph.text) && !INTERVIEW_LABEL.test(paragraph.text)) uncredited.push(firstUncredited.quotes[0]);
          speakerInScope = reportsSpeech || credited[credited.length - 1];
        }
        if (options.styleThreshold > 0 && uncredited.length >= options.styleThreshold) return;
        for (const quote of uncredited) context.report({ messageId: 'no-speaker', node: quote });
      },
    };
  },
};

/** Sentences in a row that hold whole quotations, and those quotations in order. */
interface QuotationRun {
  sentences: Sentence[];
  quotes: Quote[];
}

/** Splits a paragraph's quoted sentences into runs: a sentence without a whole quotation ends a run. */
function quotationRuns(paragraph: Paragraph, quotes: readonly Quote[]): QuotationRun[] {
  const runs: QuotationRun[] = [];
  let current: QuotationRun | undefined;
  for (const sentence of paragraph.sentences) {
    const inside = quotes.filter((quote) => quote.start < sentence.end && sentence.start < quote.end);
    if (inside.length === 0) {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { sentences: [], quotes: [] };
      runs.push(current);
    }
    current.sentences.push(sentence);
    for (const quote of inside) if (!current.quotes.includes(quote)) current.quotes.push(quote);
  }
  // A sentence splitter that found no sentence in a quotation still leaves the quotation to judge.
  return runs.length > 0 ? runs : [{ sentences: [...paragraph.sentences], quotes: [...quotes] }];
}

/** A sentence before the run, in its paragraph, reports speech: the speaker it names holds the paragraph from there on. */
function speaksBefore(run: QuotationRun, paragraph: Paragraph, document: NewsDocument): boolean {
  return paragraph.sentences.slice(0, paragraph.sentences.indexOf(run.sentences[0])).some((sentence) => reportsSpeechIn(sentence, document));
}

/** Whether anything credits a run of quoted sentences (see `unattributedQuote`). */
function isCredited(run: QuotationRun, isFirstRun: boolean, document: NewsDocument, paragraph: Paragraph, speakerInScope: boolean): boolean {
  const closesParagraph = run.sentences[run.sentences.length - 1] === paragraph.sentences[paragraph.sentences.length - 1];
  return (
    run.sentences.some((sentence) => reportsSpeechIn(sentence, document)) ||
    signedRightAfter(run, paragraph, document) ||
    (isFirstRun && (introducedBefore(document, paragraph) || continuesSpeaker(paragraph, run.quotes[0], speakerInScope))) ||
    followsBeat(paragraph, run, document) ||
    run.quotes.some((quote) => introducedByColon(document, quote) || framedByNoun(paragraph, quote, document) || givenAsExample(document, quote)) ||
    (closesParagraph && signedAfter(document, paragraph))
  );
}

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
function reportsSpeechIn(sentence: Sentence, document: NewsDocument): boolean {
  return sentence.words.some((word, i) => {
    if (word.quoted) return false;
    if (word.lower === 'according' && sentence.words[i + 1]?.lower === 'to') return true;
    return isSaidVerb(sentence.words, i, document.source);
  });
}

/** A paragraph of running prose: it ends a sentence ("…in 2004."), unlike a subheading or a stray label. */
function isProse(paragraph: Paragraph): boolean {
  return /[.!?]["'”’)]*\s*$/.test(paragraph.text);
}

/** The sentence just before the run, in the same paragraph, is a beat that names the speaker (see `isBeat`). */
function followsBeat(paragraph: Paragraph, run: QuotationRun, document: NewsDocument): boolean {
  const last = paragraph.sentences[paragraph.sentences.indexOf(run.sentences[0]) - 1];
  return last !== undefined && isBeat(last, document);
}

/**
 * A sentence that hands a speaker to the quotation after it: it reports what someone thinks or says,
 * though not with a said-verb ("Mr Tapsfield criticised the system. '…'"); it introduces someone by role
 * and name ("…the work of IBM researcher Jane Lee.", "Tom Reed, the club's chairman, …"); or its
 * subject is "he", "she" or "they", or a name the story credits with speech elsewhere ("Mr Lee went on
 * to list the cuts. '…'").
 */
function isBeat(sentence: Sentence, document: NewsDocument): boolean {
  if (sentence.words.some((word) => !word.quoted && word.tag.startsWith('VB') && (STANCE_VERB_LEMMAS.has(word.lemma) || isSaidVerb(sentence.words, word.index, document.source)))) return true;
  if (introducesPerson(sentence, document.source)) return true;
  const firstVerb = sentence.words.findIndex((word) => word.tag.startsWith('VB') || word.tag === 'MD');
  const subject = sentence.words.slice(0, firstVerb === -1 ? 0 : firstVerb).filter((word) => !word.quoted);
  const speakers = speakerNames(document);
  return subject.some((word) => SUBJECT_PRONOUNS.has(word.lower) || (/^\p{Lu}/u.test(word.text) && speakers.has(word.lower)));
}

/** A role noun right before a name ("researcher Jane Lee"), or a name with its role set off by a comma ("Tom Reed, the chairman"). */
function introducesPerson(sentence: Sentence, source: string): boolean {
  const words = sentence.words.filter((word) => !word.quoted);
  return words.some((word, i) => {
    const next = words[i + 1];
    if (next === undefined) return false;
    if (word.tag.startsWith('NN') && isPersonRole(word.lower) && /^NNP/.test(next.tag) && /^\s+$/.test(source.slice(word.end, next.start))) return true;
    if (!/^NNP/.test(word.tag) || !/^,\s*$/.test(source.slice(word.end, next.start))) return false;
    return words.slice(i + 1, i + 5).some((later) => later.tag.startsWith('NN') && isPersonRole(later.lower));
  });
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

/** The names of every speaker the story credits with speech, lower-cased: "Chelsea boss Jose Mourinho" gives "jose", "mourinho". */
function speakerNames(document: NewsDocument): ReadonlySet<string> {
  return document.shared('unattributed-quote/speaker-names', () => {
    const names = new Set<string>();
    for (const attribution of speechAttributions(document)) {
      // The name is the last run of capitalised words; the words before it describe the speaker.
      const words = attribution.speaker.text.split(/\s+/);
      let first = words.length;
      while (first > 0 && /^\p{Lu}\p{Ll}/u.test(words[first - 1])) first--;
      for (const name of words.slice(first)) if (!TITLES.has(name.toLowerCase())) names.add(name.toLowerCase().replace(/['’]s$/, ''));
    }
    return names;
  });
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'miss', 'sir', 'the', 'lord', 'lady', 'prof', 'professor']);

/**
 * A noun of speech or writing right before the quotation frames it ("under the words '…'", "The
 * tagline? '…'"), even across the stop of a sentence that ends on it.
 */
function framedByNoun(paragraph: Paragraph, quote: Quote, document: NewsDocument): boolean {
  const before = paragraph.sentences.flatMap((sentence) => sentence.words).filter((word) => word.end <= quote.start);
  const last = before[before.length - 1];
  if (last === undefined || last.quoted || !SPEECH_NOUN_LEMMAS.has(last.lemma) || !last.tag.startsWith('NN')) return false;
  // "…on the poster. 'We…'" ends a sentence on the noun; only a comma, colon or question mark hands it on.
  return /^[\s,:?]*["'“‘«]?$/.test(document.source.slice(last.end, quote.start));
}

/** "such as" or "like" right before the quotation makes it an example ("rules such as 'If the disk is full, page someone.'"). */
function givenAsExample(document: NewsDocument, quote: Quote): boolean {
  return /\b(such as|like|e\.g\.)[\s,:]*["'“‘«]?$/i.test(document.source.slice(Math.max(0, quote.start - 12), quote.start));
}

/**
 * The sentence right after the run opens with its attribution: a quotation ending on "?" or "!" ends its
 * sentence, so '"Can I go?" she asked.' splits in two.
 */
function signedRightAfter(run: QuotationRun, paragraph: Paragraph, document: NewsDocument): boolean {
  const next = paragraph.sentences[paragraph.sentences.indexOf(run.sentences[run.sentences.length - 1]) + 1];
  return next !== undefined && next.words.slice(0, MAX_WORDS_BEFORE_SAID_VERB).some((word) => isSaidVerb(next.words, word.index, document.source));
}

/** '"…?" the club's new manager asked': a speaker of up to four words, then the verb. */
const MAX_WORDS_BEFORE_SAID_VERB = 5;

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
