/** A half-open range of UTF-16 offsets. */
export interface Utf16Span {
  start: number;
  end: number;
}

/**
 * Turns a Harper span into UTF-16 offsets into `text`.
 *
 * harper.js 2.x already hands out UTF-16 offsets, but Harper's core counts Unicode scalar values; the
 * problem text Harper reports tells which of the two a given span is in, so an upgrade that changes
 * the unit cannot shift every finding after an emoji or a non-BMP character.
 */
export function toUtf16Span(text: string, start: number, end: number, problemText: string): Utf16Span {
  if (text.slice(start, end) === problemText) return { start, end };
  return { start: codePointToUtf16(text, start), end: codePointToUtf16(text, end) };
}

/** UTF-16 offset of the code point at `index`, or the text's length past its end. */
function codePointToUtf16(text: string, index: number): number {
  let offset = 0;
  for (let seen = 0; seen < index && offset < text.length; seen++) {
    offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
  }
  return offset;
}

/** A word, number or contraction at the start of a text. */
const LEADING_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u;
/** A word, number or contraction at the end of a text. */
const TRAILING_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;

/**
 * Widens a span where Harper wants words inserted over the word that follows, and each replacement with
 * it, so that an editor underlines the place the words go rather than a space or the word before it:
 * a span of white space alone ("arrive [ ]Monday", "had[ ]hard time") and a span whose replacements only
 * add words around it, some after it ("[for] sixth time" → "for the", "has ways to go" → "has a",
 * "throwing [the baby] with" → "the baby out" or "out the baby"). A blank span that only takes punctuation
 * moves onto the word before it instead. Other spans come back as they are.
 */
export function widenInsertion(text: string, span: Utf16Span, replacements: readonly string[]): { span: Utf16Span; replacements: string[] } {
  const flagged = text.slice(span.start, span.end);
  const blank = /^\s+$/u.test(flagged);
  if (blank) {
    const attached = attachPunctuation(text, span, replacements);
    if (attached) return attached;
  }
  // Every replacement keeps the flagged words and adds words around them, at least one after them.
  const keeps = (replacement: string) => replacement.startsWith(`${flagged} `) || replacement.endsWith(` ${flagged}`);
  const appends = !blank && replacements.length > 0 && replacements.every(keeps) && replacements.some((replacement) => replacement.startsWith(`${flagged} `));
  const gap = /^\s+/u.exec(text.slice(span.end))?.[0] ?? '';
  const word = blank ? LEADING_WORD.exec(text.slice(span.end))?.[0] : appends && gap !== '' ? LEADING_WORD.exec(text.slice(span.end + gap.length))?.[0] : undefined;
  if (word === undefined) return { span, replacements: [...replacements] };
  const tail = blank ? word : gap + word;
  return { span: { start: span.start, end: span.end + tail.length }, replacements: replacements.map((replacement) => replacement + tail) };
}

/**
 * Moves a blank span where Harper inserts only punctuation ("limited to[ ]running" → ", ") onto the word
 * the mark attaches to ("to" → "to,"), since a comma or colon is written against the word before it.
 */
function attachPunctuation(text: string, span: Utf16Span, replacements: readonly string[]): { span: Utf16Span; replacements: string[] } | undefined {
  const blank = text.slice(span.start, span.end);
  const marks = replacements.map((replacement) => (replacement.endsWith(blank) ? replacement.slice(0, -blank.length) : ''));
  if (marks.length === 0 || !marks.every((mark) => /^[\p{P}]+$/u.test(mark))) return undefined;
  const word = TRAILING_WORD.exec(text.slice(0, span.start))?.[0];
  if (word === undefined) return undefined;
  return { span: { start: span.start - word.length, end: span.start }, replacements: marks.map((mark) => word + mark) };
}
