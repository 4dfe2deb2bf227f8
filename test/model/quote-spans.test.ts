import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/model/quote-spans.js';

const quoted = (text: string) => findQuoteSpans(text).map((span) => [text.slice(span.start, span.end), span.continues]);

describe('findQuoteSpans', () => {
  it('pairs straight and curly double quotes', () => {
    expect(quoted('"We will win," she said. “It is over.”')).toEqual([['We will win,', false], ['It is over.', false]]);
  });

  it('starts a new quotation where the writer left the first one unclosed', () => {
    expect(quoted('"We will win. "It is over," she said.')).toEqual([['We will win.', false], ['It is over,', false]]);
  });

  it('reads doubled single marks as one double mark', () => {
    expect(quoted("‘‘It was an attempt to mislead,’’ he told the BBC.")).toEqual([['It was an attempt to mislead,', false]]);
  });

  it('marks a quotation still open at the end of the paragraph', () => {
    expect(quoted('"We will keep fighting until the end.')).toEqual([['We will keep fighting until the end.', true]]);
  });

  it('keeps short single-quoted terms and apostrophes out', () => {
    expect(quoted("Kim's 'snowman' shape and a 'long run of four words' here")).toEqual([['long run of four words', false]]);
  });
});
