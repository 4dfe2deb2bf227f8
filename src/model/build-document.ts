import { ParseEnglish } from 'parse-english';
import { toString } from 'nlcst-to-string';
import type { Paragraph as NlcstParagraph, Root as NlcstRoot, Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst';
import type { Node, Position } from 'unist';
import { parseBlocks } from '../parse/index.js';
import { mapBlock, type MappedText } from '../parse/prose-block.js';
import { findAttribution } from './attribution.js';
import type { Attribution, Entity, NewsDocument, Paragraph, Quote, Sentence, SourceFormat, Word } from './document.js';
import { findEntities } from './entities.js';
import { LineIndex } from './line-index.js';
import { findQuoteSpans } from './quote-spans.js';
import { repairNumbers } from './repair-numbers.js';
import { tagWords } from './tagger.js';

const english = new ParseEnglish();

/** Builds the shared document model: blocks, sentences, tagged words, entities and quotes, once per file. */
export function buildDocument(source: string, format: SourceFormat, filePath?: string): NewsDocument {
  const lines = new LineIndex(source);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  const nlcst: NlcstRoot = { type: 'RootNode', children: [] };

  for (const block of parseBlocks(source, format)) {
    const mapped = mapBlock(block, source);
    const tree = english.parse(mapped.text);
    const paragraphNode: NlcstParagraph = { type: 'ParagraphNode', children: [] };
    for (const child of tree.children) if (child.type === 'ParagraphNode') paragraphNode.children.push(...child.children);
    if (paragraphNode.children.length === 0) continue;
    repairNumbers(paragraphNode);
    relocate(paragraphNode, mapped, lines);
    nlcst.children.push(paragraphNode);

    const index = paragraphs.length;
    const spans = findQuoteSpans(mapped.text).map((span) => ({ ...span, start: mapped.toSource(span.start), end: sourceEnd(mapped, span.end) }));
    const paragraph: Paragraph = {
      text: mapped.text,
      start: mapped.toSource(0),
      end: sourceEnd(mapped, mapped.text.length),
      role: block.role,
      sentences: [],
      index,
      toSource: (offset) => (offset >= mapped.text.length ? sourceEnd(mapped, mapped.text.length) : mapped.toSource(offset)),
    };
    for (const node of paragraphNode.children) {
      if (node.type !== 'SentenceNode') continue;
      const sentence = buildSentence(node, sentences.length, index, spans);
      paragraph.sentences.push(sentence);
      sentences.push(sentence);
      words.push(...sentence.words);
      entities.push(...findEntities(sentence));
    }
    paragraphs.push(paragraph);
    for (const span of spans) quotes.push({ text: source.slice(span.start, span.end), start: span.start, end: span.end, paragraphIndex: index, continues: span.continues });
  }

  attributeQuotes(quotes, paragraphs, source);
  const cache = new Map<string, unknown>();
  const document: NewsDocument = {
    source,
    format,
    filePath,
    headline: paragraphs.find((paragraph) => paragraph.role === 'headline'),
    paragraphs,
    sentences,
    words,
    entities,
    quotes,
    nlcst,
    textOf: (span) => source.slice(span.start, span.end),
    positionOf: (offset) => lines.positionOf(offset),
    shared(key, compute) {
      if (!cache.has(key)) cache.set(key, compute(document));
      return cache.get(key) as ReturnType<typeof compute>;
    },
  };
  return document;
}

function buildSentence(node: NlcstSentence, index: number, paragraphIndex: number, quotes: Array<{ start: number; end: number }>): Sentence {
  const wordNodes = node.children.filter((child): child is NlcstWord => child.type === 'WordNode');
  const texts = wordNodes.map((wordNode) => toString(wordNode));
  const tags = tagWords(texts);
  const words = wordNodes.map((wordNode, i): Word => {
    const start = wordNode.position!.start.offset!;
    return {
      text: texts[i],
      lower: texts[i].toLowerCase(),
      start,
      end: wordNode.position!.end.offset!,
      tag: tags[i].tag,
      lemma: tags[i].lemma,
      index: i,
      quoted: quotes.some((quote) => start >= quote.start && start < quote.end),
    };
  });
  return {
    text: toString(node),
    start: node.position!.start.offset!,
    end: node.position!.end.offset!,
    words,
    index,
    paragraphIndex,
  };
}

/** Rewrites every nlcst position from block-text offsets to source offsets, lines and columns. */
function relocate(node: Node, mapped: MappedText, lines: LineIndex): void {
  if (node.position) node.position = sourcePosition(node.position, mapped, lines);
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) relocate(child, mapped, lines);
}

function sourcePosition(position: Position, mapped: MappedText, lines: LineIndex): Position {
  const start = mapped.toSource(position.start.offset ?? 0);
  const end = Math.max(start, sourceEnd(mapped, position.end.offset ?? 0));
  return { start: { ...lines.positionOf(start), offset: start }, end: { ...lines.positionOf(end), offset: end } };
}

/** Source offset just after the character before `index` (exact even where decoded text differs from source). */
function sourceEnd(mapped: MappedText, index: number): number {
  return index === 0 ? mapped.toSource(0) : mapped.toSource(index - 1) + 1;
}

/**
 * Gives each quote its speaker: from its own sentence, else elsewhere in its paragraph, else from the
 * paragraph before when that one introduces it (ends with a colon) or runs the same quote on.
 */
function attributeQuotes(quotes: Quote[], paragraphs: Paragraph[], source: string): void {
  const byParagraph = new Map<number, Omit<Attribution, 'placement'> | undefined>();
  const attributionIn = (paragraph: Paragraph) => {
    if (!byParagraph.has(paragraph.index)) {
      byParagraph.set(paragraph.index, paragraph.sentences.map((sentence) => findAttribution(sentence, source)).find(Boolean));
    }
    return byParagraph.get(paragraph.index);
  };
  for (const quote of quotes) {
    const paragraph = paragraphs[quote.paragraphIndex];
    const own = paragraph.sentences.find((sentence) => sentence.start <= quote.start && quote.start < sentence.end + 1);
    const sameSentence = own && findAttribution(own, source);
    if (sameSentence) {
      quote.attribution = { ...sameSentence, placement: 'same-sentence' };
      continue;
    }
    const sameParagraph = attributionIn(paragraph);
    if (sameParagraph) {
      quote.attribution = { ...sameParagraph, placement: 'same-paragraph' };
      continue;
    }
    const previous = paragraphs[quote.paragraphIndex - 1];
    if (!previous) continue;
    const introduces = /:\s*$/.test(previous.text);
    const runsOn = quotes.some((other) => other.paragraphIndex === previous.index && other.continues);
    const inherited = runsOn ? quotes.find((other) => other.paragraphIndex === previous.index && other.continues)?.attribution : undefined;
    if (inherited) quote.attribution = { ...inherited, placement: 'previous-paragraph' };
    else if (introduces || runsOn) {
      const before = attributionIn(previous);
      if (before) quote.attribution = { ...before, placement: 'previous-paragraph' };
    }
  }
}
