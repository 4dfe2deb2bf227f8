import type { Root, Sentence as NlcstSentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { GoldSentence } from './gold.js';

/** A word as the document model sees it: its text and where it sits in the sentence text. */
export interface BenchWord {
  text: string;
  start: number;
  end: number;
}

/** A gold sentence made ready for taggers: source text plus nlcst word tokens with offsets. */
export interface BenchSentence {
  text: string;
  words: BenchWord[];
  gold: GoldSentence;
}

/** Splits a sentence's text into nlcst words, exactly as retext-english does for the linter. */
export function wordsOf(text: string): BenchWord[] {
  const tree = unified().use(retextEnglish).parse(text) as Root;
  const words: BenchWord[] = [];
  visit(tree, 'SentenceNode', (sentence: NlcstSentence) => {
    for (const child of sentence.children) {
      if (child.type !== 'WordNode') continue;
      words.push({ text: toString(child), start: child.position!.start.offset!, end: child.position!.end.offset! });
    }
  });
  return words;
}

/** Tokenises every gold sentence and fails loudly when the gold tokens disagree with retext-english. */
export function prepare(gold: readonly GoldSentence[]): BenchSentence[] {
  return gold.map((sentence) => {
    const words = wordsOf(sentence.text);
    const actual = words.map((word) => word.text).join(' ');
    const expected = sentence.tokens.map(([word]) => word).join(' ');
    if (actual !== expected) {
      throw new Error(`gold tokens differ from retext-english for "${sentence.text}": got "${actual}"`);
    }
    return { text: sentence.text, words, gold: sentence };
  });
}
