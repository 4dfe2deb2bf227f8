import type { NewsDocument, Sentence, Word } from '../../src/model/document.js';

/** What a check decides: the word that should stand there, why, and whether that is certain. */
export interface Confusion {
  /** The replacement in lower case; the rule restores the original's capital and apostrophe. */
  expected: string;
  /** Less likely replacements, when the context leaves more than one ("herd": "here", "heard"). */
  alternatives?: readonly string[];
  /** The context that gives the word away, for the message: "before a noun", "in “free rein”". */
  why: string;
  safe: boolean;
}

/** One commonly confused pair, decided from the tags and words around one of its spellings. */
export interface ConfusionCheck {
  /** The pair as the docs name it ("its / it's"). */
  pair: string;
  /** Lower-case spellings the check looks at, with straight apostrophes. */
  words: readonly string[];
  check(context: WordContext): Confusion | undefined;
}

/** A word seen from inside its sentence: its neighbours, their tags and the punctuation between. */
export class WordContext {
  constructor(
    private readonly document: NewsDocument,
    private readonly sentence: Sentence,
    readonly word: Word,
  ) {}

  /** Every word of the sentence, in order. */
  get sentenceWords(): readonly Word[] {
    return this.sentence.words;
  }

  /** The word `offset` places away (negative: before), or undefined past the sentence's ends. */
  at(offset: number): Word | undefined {
    return this.sentence.words[this.word.index + offset];
  }

  /** Lower-case text of the word `offset` away with straight apostrophes; `''` past the ends. */
  lower(offset: number): string {
    const lower = this.at(offset)?.lower ?? '';
    // Most words have no apostrophe: skipping the replacement keeps a per-word call cheap.
    return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
  }

  /** Penn tag of the word `offset` away; `''` past the ends. */
  tag(offset: number): string {
    return this.at(offset)?.tag ?? '';
  }

  /** Whether the words from `from` to `to` (offsets, inclusive) exist and stand with only spaces between. */
  joined(from: number, to: number): boolean {
    for (let offset = from + 1; offset <= to; offset++) {
      const left = this.at(offset - 1);
      const right = this.at(offset);
      if (!left || !right || !/^ +$/.test(this.document.source.slice(left.end, right.start))) return false;
    }
    return true;
  }

  /** Whether the words after this one, joined to it, read `phrase` ("in mind"). */
  followedBy(phrase: string): boolean {
    const parts = phrase.split(' ');
    return this.joined(0, parts.length) && parts.every((part, i) => this.lower(i + 1) === part);
  }

  /** Whether the words before this one, joined to it, read `phrase` ("free"). */
  precededBy(phrase: string): boolean {
    const parts = phrase.split(' ');
    return this.joined(-parts.length, 0) && parts.every((part, i) => this.lower(i - parts.length) === part);
  }

  /** Whether any earlier word of the sentence passes `test`. */
  earlier(test: (word: Word) => boolean): boolean {
    return this.sentence.words.slice(0, this.word.index).some(test);
  }

  /** The source text between the word `offset` away and the word before it (`''` at the sentence start). */
  gapBefore(offset: number): string {
    const left = this.at(offset - 1);
    const right = this.at(offset);
    return left && right ? this.document.source.slice(left.end, right.start) : '';
  }

  /** The source text after the word `offset` away, up to the next word or the sentence's end. */
  textAfter(offset: number): string {
    const word = this.at(offset);
    if (!word) return '';
    const next = this.at(offset + 1);
    return this.document.source.slice(word.end, next ? next.start : this.sentence.end + 1);
  }

  /** Whether the word `offset` away is the last of its clause: punctuation or the sentence end follows it. */
  endsClause(offset: number): boolean {
    const word = this.at(offset);
    const next = this.at(offset + 1);
    if (!word) return false;
    if (!next) return true;
    return /[,;:.!?)"”]/.test(this.document.source.slice(word.end, next.start));
  }
}
