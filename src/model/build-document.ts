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
import { tagWords, type TaggedWord } from './tagger.js';
import { BoundedCache } from '../cache/bounded-cache.js';

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
    const { tree, tags } = analyseBlock(mapped.text);
    if (tree.children.length === 0) continue;
    const paragraphNode = relocatedCopy(tree, mapped, lines);
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
    let sentenceInBlock = 0;
    for (const node of paragraphNode.children) {
      if (node.type !== 'SentenceNode') continue;
      const sentence = buildSentence(node, tags[sentenceInBlock++], sentences.length, index, spans);
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
    wordsIn: (span) => wordsWithin(words, span),
    positionOf: (offset) => lines.positionOf(offset),
    shared(key, compute) {
      if (!cache.has(key)) cache.set(key, compute(document));
      return cache.get(key) as ReturnType<typeof compute>;
    },
  };
  return document;
}

/** Words are in source order, so the ones inside a span are a slice found by binary search. */
function wordsWithin(words: Word[], span: { start: number; end: number }): Word[] {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle].start < span.start) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < words.length && words[end].end <= span.end) end++;
  return words.slice(low, end);
}

/** A block's parse and tags, which depend only on its text: cached so an edit re-analyses only what changed. */
interface AnalysedBlock {
  tree: NlcstParagraph;
  tags: TaggedWord[][];
}

const BLOCK_CACHE_SIZE = 5_000;
const analysedBlocks = new BoundedCache<string, AnalysedBlock>(BLOCK_CACHE_SIZE);

/** Parses and tags a block's text, or returns the cached result; positions are relative to the block, and the tree is never mutated. */
function analyseBlock(text: string): AnalysedBlock {
  const cached = analysedBlocks.get(text);
  if (cached) return cached;
  const tree: NlcstParagraph = { type: 'ParagraphNode', children: [] };
  for (const child of english.parse(text).children) if (child.type === 'ParagraphNode') tree.children.push(...child.children);
  repairNumbers(tree);
  const tags = tree.children
    .filter((node): node is NlcstSentence => node.type === 'SentenceNode')
    .map((sentence) => tagWords(wordsOf(sentence).map((word) => toString(word))));
  const analysed = { tree, tags };
  analysedBlocks.set(text, analysed);
  return analysed;
}

function wordsOf(sentence: NlcstSentence): NlcstWord[] {
  return sentence.children.filter((child): child is NlcstWord => child.type === 'WordNode');
}

function buildSentence(node: NlcstSentence, tags: TaggedWord[], index: number, paragraphIndex: number, quotes: Array<{ start: number; end: number }>): Sentence {
  const wordNodes = wordsOf(node);
  const texts = wordNodes.map((wordNode) => toString(wordNode));
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

/** Copies an nlcst tree with every position moved from block-text offsets to source offsets, lines and columns. */
function relocatedCopy<T extends Node>(node: T, mapped: MappedText, lines: LineIndex): T {
  const copy = { ...node };
  if (node.position) copy.position = sourcePosition(node.position, mapped, lines);
  if ('children' in node && Array.isArray(node.children)) {
    (copy as unknown as { children: Node[] }).children = (node.children as Node[]).map((child) => relocatedCopy(child, mapped, lines));
  }
  return copy;
}

function sourcePosition(position: Position, mapped: MappedText, lines: LineIndex): Position {
  const start = mapped.toSource(position.start.offset ?? 0);
  const end = Math.max(start, sourceEnd(mapped, position.end.offset ?? 0));
  const startPoint = lines.positionOf(start);
  const endPoint = lines.positionOf(end);
  return { start: { line: startPoint.line, column: startPoint.column, offset: start }, end: { line: endPoint.line, column: endPoint.column, offset: end } };
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
