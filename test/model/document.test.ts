import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

describe('document model', () => {
  it('finds the headline in each format', () => {
    expect(parseDocument('Council shuts libraries\n\nThe council voted on Tuesday.', { format: 'text' }).headline?.text).toBe('Council shuts libraries');
    expect(parseDocument('The council voted on Tuesday to close them all.\n\nMore text.', { format: 'text' }).headline).toBeUndefined();
    expect(parseDocument('Where is the council libraries', { format: 'text' }).headline).toBeUndefined();
    expect(parseDocument('Intro text.\n\n# Council shuts libraries\n\n## Background', { format: 'markdown' }).headline?.text).toBe('Council shuts libraries');
    expect(parseDocument('<title>Site | Story</title><h1>Council shuts libraries</h1><p>Body.</p>', { format: 'html' }).headline?.text).toBe('Council shuts libraries');
    expect(parseDocument('<title>Council shuts libraries</title><p>Body.</p>', { format: 'html' }).headline?.text).toBe('Council shuts libraries');
  });

  it('keeps one paragraph per line in scraped text, but joins hard-wrapped lines', () => {
    const scraped = parseDocument('Headline here\n\nA stray headline line\nThe body paragraph follows it here.', { format: 'text' });
    expect(scraped.paragraphs.map((p) => p.text)).toEqual(['Headline here', 'A stray headline line', 'The body paragraph follows it here.']);
    const wrapped = 'Headline\n\nThe council voted on Tuesday to close two libraries in the\nnorth of the city, officials said after a long meeting that\nran late into the night.';
    expect(parseDocument(wrapped, { format: 'text' }).paragraphs).toHaveLength(2);
  });

  it('ends a sentence after a number and keeps thousands together', () => {
    const document = parseDocument('Prices rose to 40,000. The owners said no to 1,250,000 more.', { format: 'text' });
    expect(document.sentences.map((s) => s.text)).toEqual(['Prices rose to 40,000.', 'The owners said no to 1,250,000 more.']);
    expect(document.words.filter((w) => w.tag === 'CD').map((w) => w.text)).toEqual(['40,000', '1,250,000']);
  });

  it('tags finite verbs apart from participles, with lemmas', () => {
    const [sentence] = parseDocument('Providing aid, the priorities were set.', { format: 'text' }).sentences;
    expect(sentence.words.map((w) => `${w.text}/${w.tag}/${w.lemma}`)).toEqual(['Providing/VBG/provide', 'aid/NN/aid', 'the/DT/the', 'priorities/NNS/priority', 'were/VBD/be', 'set/VBN/set']);
  });

  it('finds quotes, marks quoted words and attributes them', () => {
    const document = parseDocument('"We will keep fighting," said Maria Lopez.\n\nThe mayor added:\n\n"It is painful."\n\n"Nobody asked us."', { format: 'text' });
    expect(document.quotes.map((q) => [q.text, q.attribution?.speaker.text, q.attribution?.placement])).toEqual([
      ['We will keep fighting,', 'Maria Lopez', 'same-sentence'],
      ['It is painful.', 'The mayor', 'previous-paragraph'],
      ['Nobody asked us.', undefined, undefined],
    ]);
    expect(document.words.filter((w) => w.quoted).map((w) => w.text)).toEqual(['We', 'will', 'keep', 'fighting', 'It', 'is', 'painful', 'Nobody', 'asked', 'us']);
  });

  it('finds named entities as runs of proper nouns', () => {
    const document = parseDocument('Officials at the Bank of England met Maria Lopez in London.', { format: 'text' });
    expect(document.entities.map((e) => e.text)).toEqual(['Bank of England', 'Maria Lopez', 'London']);
  });
});

describe('plain-text paragraphs', () => {
  it('keeps a long stray headline apart from the long scraped paragraph below it', () => {
    const headline = 'Scientists reveal the first detailed map of the distant icy world';
    const body = 'The main findings came from a flyby that lasted only a few hours, but the probe sent back enough data to keep the team busy for years.';
    const document = parseDocument(`Story headline\n\n${headline}\n${body}`, { format: 'text' });
    expect(document.paragraphs.map((p) => p.text)).toEqual(['Story headline', headline, body]);
  });
});
