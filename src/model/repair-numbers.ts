import type { Paragraph, Sentence, SentenceContent, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';

/**
 * parse-english splits "40,000" into three nodes and never ends a sentence after a number ("rose to
 * 40,000. The owners…"), which news copy does all the time. This mends both in a parsed paragraph.
 */
export function repairNumbers(paragraph: Paragraph): void {
  const sentences: Paragraph['children'] = [];
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') sentences.push(child);
    else sentences.push(...splitAfterNumbers(joinThousands(child)));
  }
  paragraph.children = sentences;
}

/** "40" "," "000" → one word "40,000". */
function joinThousands(sentence: Sentence): Sentence {
  const children: SentenceContent[] = [];
  for (const node of sentence.children) {
    const previous = children[children.length - 1];
    const beforePrevious = children[children.length - 2];
    if (node.type === 'WordNode' && /^\d{3}/.test(toString(node)) && previous?.type === 'PunctuationNode' && previous.value === ',' && beforePrevious?.type === 'WordNode' && /^\d{1,3}(,\d{3})*$/.test(toString(beforePrevious))) {
      children.splice(-2, 2, joinWords(beforePrevious, previous, node));
    } else children.push(node);
  }
  sentence.children = children;
  return sentence;
}

function joinWords(first: Word, comma: SentenceContent, last: Word): Word {
  return {
    type: 'WordNode',
    children: [...first.children, comma as Word['children'][number], ...last.children],
    position: first.position && last.position ? { start: first.position.start, end: last.position.end } : undefined,
  };
}

/** Ends a sentence at "<digits>." when a capitalised word follows. */
function splitAfterNumbers(sentence: Sentence): Sentence[] {
  const result: Sentence[] = [];
  let current: SentenceContent[] = [];
  const children = sentence.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const period = node.type === 'WordNode' ? trailingPeriodAfterDigits(node) : undefined;
    const next = children[i + 2];
    if (period && children[i + 1]?.type === 'WhiteSpaceNode' && next?.type === 'WordNode' && /^\p{Lu}/u.test(toString(next))) {
      const word = node as Word;
      word.children = word.children.slice(0, -1);
      if (word.position && period.position) word.position = { start: word.position.start, end: period.position.start };
      current.push(node, period);
      result.push(sentenceOf(current));
      current = [];
      i++; // the white space between the two sentences belongs to the paragraph
      result.push(children[i] as unknown as Sentence);
      continue;
    }
    current.push(node);
  }
  if (current.length > 0) result.push(sentenceOf(current));
  return result;
}

function trailingPeriodAfterDigits(word: Word): SentenceContent | undefined {
  const last = word.children[word.children.length - 1];
  const before = word.children[word.children.length - 2];
  if (last?.type !== 'PunctuationNode' || last.value !== '.' || before?.type !== 'TextNode' || !/\d$/.test(before.value)) return undefined;
  return last as SentenceContent;
}

function sentenceOf(children: SentenceContent[]): Sentence {
  const first = children[0]?.position;
  const last = children[children.length - 1]?.position;
  return { type: 'SentenceNode', children, position: first && last ? { start: first.start, end: last.end } : undefined };
}
