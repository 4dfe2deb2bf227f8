import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { gapBefore } from './english/gaps.js';

/** `both-with-many` has no options. */
export type Options = Record<string, never>;

const FINITE_OR_CLAUSE = /^(VBD|VBZ|VBP|VBN|MD|WDT|WP|WRB)$/;
const NOUN = /^(NN|NNS|NNP|NNPS|CD|PRP)$/;
/** Longest item (in words) the rule reads as one member of the list. */
const MAX_ITEM_WORDS = 5;

/**
 * "both" before a list of three or more ("both its diplomatic support, trade and aid"): "both" pairs
 * exactly two things. The list is read from the words and commas after "both" up to its "and"; an item
 * may not hold a finite verb or open a clause, so "both sides, he said, and…" is left alone, and nor is
 * a plural naming its two members ("both candidates, Smith and Jones"). Dropping "both" is the usual
 * fix, but the writer may instead have meant to name only two things, so it is not applied unattended.
 */
export const bothWithMany: Rule<Options> = {
  meta: {
    id: 'both-with-many',
    kind: 'grammar',
    description: '“both” introducing a list of more than two items',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: { 'too-many': '“both” introduces {{count}} items, but it pairs exactly two' },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        for (const word of sentence.words) {
          if (word.lower !== 'both' || word.quoted) continue;
          const items = listAfter(sentence, word, document);
          if (!items || items.length < 3) continue;
          const next = sentence.words[word.index + 1]!;
          context.report({
            messageId: 'too-many',
            data: { count: items.length },
            range: { start: word.start, end: next.start },
            actual: document.textOf({ start: word.start, end: next.start }),
            expected: [''],
          });
        }
      },
    };
  },
};

/** The items of a "both X, Y and Z" list, as runs of words; undefined when the words after "both" are no such list. */
function listAfter(sentence: Sentence, both: Word, document: NewsDocument): Word[][] | undefined {
  const words = sentence.words;
  const first = words[both.index + 1];
  if (!first || first.lower === 'of' || /[,;:]/.test(gapBefore(document, sentence, first.index))) return undefined;
  // ", both earned places": "both" as a pronoun after the things it pairs.
  if (/,/.test(gapBefore(document, sentence, both.index)) || /^(VBD|VBN|VBZ|VBP|MD)$/.test(first.tag)) return undefined;
  const items: Word[][] = [[]];
  for (let i = first.index; i < words.length; i++) {
    const word = words[i]!;
    if (word.quoted !== both.quoted || FINITE_OR_CLAUSE.test(word.tag)) return undefined;
    const gap = i === first.index ? '' : gapBefore(document, sentence, i);
    if (/[;:()"“”—–]/.test(gap)) return undefined;
    if (word.lower === 'and') {
      const last = lastItem(sentence, i + 1, document);
      if (!last || items[items.length - 1]!.length === 0) return undefined;
      items.push(last);
      return plausibleList(items) ? items : undefined;
    }
    if (/,/.test(gap)) items.push([]);
    const item = items[items.length - 1]!;
    item.push(word);
    if (item.length > MAX_ITEM_WORDS) return undefined;
  }
  return undefined;
}

/** The item after the list's "and": words up to the next punctuation, short and without a finite verb. */
function lastItem(sentence: Sentence, from: number, document: NewsDocument): Word[] | undefined {
  const words = sentence.words;
  const item: Word[] = [];
  for (let i = from; i < words.length && item.length <= MAX_ITEM_WORDS; i++) {
    if (i > from && /[,;:.!?()]/.test(gapBefore(document, sentence, i))) break;
    if (FINITE_OR_CLAUSE.test(words[i]!.tag)) break;
    item.push(words[i]!);
  }
  return item.length > 0 && item.length <= MAX_ITEM_WORDS ? item : undefined;
}

/**
 * Every item names something or every item is a bare verb ("both grow, store and sell"), and a plural
 * first item is not just named by the rest ("both men, Tom and Ben").
 */
function plausibleList(items: readonly Word[][]): boolean {
  // "both world wars, with campaigns in…": an item that opens on a preposition unlike the first is an aside.
  const preposition = (item: readonly Word[]) => item[0]?.tag === 'IN';
  if (items.slice(1).some((item) => preposition(item) !== preposition(items[0]!))) return false;
  const verbs = items.every((item) => item[0]?.tag === 'VB');
  if (!verbs && items.some((item) => item.length === 0 || !item.some((word) => NOUN.test(word.tag)))) return false;
  const pluralHead = items[0]!.some((word) => word.tag === 'NNS' || word.tag === 'NNPS');
  const namesOnly = items.slice(1).every((item) => item.every((word) => word.tag.startsWith('NNP')));
  return !(pluralHead && namesOnly);
}
