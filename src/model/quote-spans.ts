/** A quotation found in a block's text: offsets into that text, marks excluded. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** The quote is still open when the block ends (a quote running on into the next paragraph). */
  continues: boolean;
}

const OPEN_DOUBLE = new Set(['“', '«', '„']);
const CLOSE_DOUBLE = new Set(['”', '»']);
/** Single-quoted runs shorter than this are scare quotes ('snowman'), not speech. */
const MIN_SINGLE_QUOTE_WORDS = 4;

/** Finds direct quotations in a block of prose: double quotes of any style, and long single-quoted runs. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans = findDoubleQuotes(text);
  for (const span of findSingleQuotes(text)) {
    if (!spans.some((other) => span.start < other.end && other.start < span.end)) spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function findDoubleQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const opens = OPEN_DOUBLE.has(char) || (char === '"' && openAt === -1);
    const closes = CLOSE_DOUBLE.has(char) || (char === '"' && openAt !== -1);
    if (opens && openAt === -1) openAt = i + 1;
    else if (closes && openAt !== -1) {
      if (i > openAt) spans.push({ start: openAt, end: i, continues: false });
      openAt = -1;
    }
  }
  if (openAt !== -1 && openAt < text.length) spans.push({ start: openAt, end: trimEnd(text), continues: true });
  return spans;
}

function findSingleQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== "'" && char !== '‘' && char !== '’') continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    const isLetter = (c: string) => /[\p{L}\p{N}]/u.test(c);
    if (isLetter(before) && isLetter(after)) continue; // an apostrophe: don't, Kim's
    if (openAt === -1 && char !== '’' && !isLetter(before) && isLetter(after)) openAt = i + 1;
    else if (openAt !== -1 && char !== '‘' && !isLetter(after)) {
      if (text.slice(openAt, i).trim().split(/\s+/).length >= MIN_SINGLE_QUOTE_WORDS) spans.push({ start: openAt, end: i, continues: false });
      openAt = -1;
    }
  }
  return spans;
}

function trimEnd(text: string): number {
  return text.trimEnd().length;
}
