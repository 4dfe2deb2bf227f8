import type { Root as NlcstRoot } from 'nlcst';

/** Which input syntax a document came from. */
export type SourceFormat = 'text' | 'markdown' | 'html';

/** What a block of prose is, as far as its markup (or layout, in plain text) says. */
export type BlockRole = 'headline' | 'heading' | 'paragraph' | 'list-item' | 'blockquote' | 'table-cell' | 'caption';

/** A word with its language-layer annotations. Offsets point into the original source. */
export interface Word {
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  /** Penn Treebank tag (NN, NNP, VBD, VBG, VBN, VBZ, …). */
  tag: string;
  /** Dictionary form, lower-cased ("priorities" → "priority", "said" → "say"). */
  lemma: string;
  /** Index within its sentence. */
  index: number;
  /** True when the word sits inside a direct quotation. */
  quoted: boolean;
}

/** One sentence: its words and the punctuation-free text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  words: Word[];
  /** Index within the whole document. */
  index: number;
  paragraphIndex: number;
}

/** A prose block: a paragraph, heading, list item, caption… */
export interface Paragraph {
  text: string;
  start: number;
  end: number;
  role: BlockRole;
  sentences: Sentence[];
  /** Index within `document.paragraphs`. */
  index: number;
  /** Source offset of the character at `index` in `text` (markup and entities accounted for). */
  toSource(index: number): number;
}

/** A named entity found by capitalisation and tags (people, places, organisations, titles). */
export interface Entity {
  text: string;
  /** Normalised key for comparing mentions: lower case, possessive dropped ("Kim's" → "kim"). */
  key: string;
  start: number;
  end: number;
  paragraphIndex: number;
}

/** A direct quotation and, when the copy gives one, who said it. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  start: number;
  end: number;
  paragraphIndex: number;
  /** The quote is still open at the end of its paragraph and runs on into the next one. */
  continues: boolean;
  attribution?: Attribution;
}

/** "…, the MP said": the speaker and the said-verb. */
export interface Attribution {
  speaker: { text: string; start: number; end: number };
  verb: { text: string; start: number; end: number };
  /** Where the attribution was found relative to the quote. */
  placement: 'same-sentence' | 'same-paragraph' | 'previous-paragraph';
}

/** The shared document model, built once per file and read by every rule. */
export interface NewsDocument {
  /** The source text with any BOM removed; all offsets point into it. */
  source: string;
  format: SourceFormat;
  filePath: string | undefined;
  /** The story's headline, when there is one; it is also `paragraphs[0]`'s role. */
  headline: Paragraph | undefined;
  /** Every prose block in reading order, headline included. */
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: Word[];
  entities: Entity[];
  quotes: Quote[];
  /** The nlcst tree of the prose, with positions in source coordinates (for retext plugins). */
  nlcst: NlcstRoot;
  /** Source text of a span. */
  textOf(span: { start: number; end: number }): string;
  /** The words lying wholly inside a span, found by binary search. */
  wordsIn(span: { start: number; end: number }): Word[];
  /** 1-based line and UTF-16 column of an offset. */
  positionOf(offset: number): { line: number; column: number };
  /** Computes a costly analysis once per document and shares it among rules (e.g. term weights). */
  shared<T>(key: string, compute: (document: NewsDocument) => T): T;
}
