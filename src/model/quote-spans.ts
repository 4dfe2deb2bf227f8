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

/**
 * Pairs double quotation marks. Curly marks say which way they face; a straight mark faces the way its
 * neighbours show: after a space and before a word it opens, after a word and before a space it closes.
 * An opening mark inside an open quote means the writer left the first quote unclosed (as copy does when
 * one speaker runs on), so the first quote ends there and a new one starts.
 */
function findDoubleQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  const close = (at: number) => {
    const end = trimEnd(text, at);
    if (end > openAt) spans.push({ start: openAt, end, continues: false });
    openAt = -1;
  };
  for (let i = 0; i < text.length; i++) {
    // Two single marks written as one double mark ('' or ’’), as some copy does.
    const width = /^(''|’’|‘‘)$/.test(text.slice(i, i + 2)) ? 2 : 1;
    const facing = width === 2 ? facingOfDoubled(text, i) : facingOf(text, i);
    if (facing === undefined) continue;
    if (openAt === -1) {
      if (facing !== 'close') openAt = i + width;
    } else if (facing === 'open') {
      close(i);
      openAt = i + width;
    } else close(i);
    i += width - 1;
  }
  if (openAt !== -1 && openAt < text.length) spans.push({ start: openAt, end: trimEnd(text, text.length), continues: true });
  return spans;
}

/** Which way a pair of single marks at `i` faces: by its shape when curly, by its neighbours when straight. */
function facingOfDoubled(text: string, i: number): 'open' | 'close' | 'either' {
  if (text[i] === '‘') return 'open';
  if (text[i] === '’') return 'close';
  const before = text[i - 1] ?? ' ';
  return /[\s([{—–-]/.test(before) ? 'open' : 'close';
}

/** Which way a double quotation mark at `i` faces, or undefined when there is none. */
function facingOf(text: string, i: number): 'open' | 'close' | 'either' | undefined {
  const char = text[i];
  if (OPEN_DOUBLE.has(char)) return 'open';
  if (CLOSE_DOUBLE.has(char)) return 'close';
  if (char !== '"') return undefined;
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  const spaceBefore = /[\s([{—–-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}—–-]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
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

/** End of the text before `at` with trailing spaces dropped. */
function trimEnd(text: string, at: number): number {
  return text.slice(0, at).trimEnd().length;
}
