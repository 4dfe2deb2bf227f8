import type { Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextRepeatedWords from 'retext-repeated-words';
import type { ReportDescriptor, Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence } from '../src/model/document.js';
import { retextRule } from '../src/plugins/retext-rule.js';

/** `repeated-words` has no options. */
export type Options = Record<string, never>;

const adapted = retextRule<Options>({
  id: 'repeated-words',
  kind: 'repetition',
  description: 'The same word twice in a row ("the the")',
  plugin: retextRepeatedWords,
  defaults: {},
  schema: {},
  scope: 'sentence',
  // The plugin reports a word that a space alone separates from the same word; a sentence without one is left out of its batch.
  skips: (sentence) => !hasSpacedRepeat(sentence),
  severity: 'warning',
  // Not fixable: some doubles are meant ("what it is is", "they do do that", "very very" in a quote),
  // so the suggestion waits for a person.
  fixable: false,
});

/** Whether a word stands after a space and the same word in any case, as retext-repeated-words compares them. */
function hasSpacedRepeat(sentence: NlcstSentence): boolean {
  const nodes = sentence.children;
  for (let i = 2; i < nodes.length; i++) {
    const first = nodes[i - 2]!;
    const second = nodes[i]!;
    if (first.type === 'WordNode' && nodes[i - 1]!.type === 'WhiteSpaceNode' && second.type === 'WordNode' && wordText(first).toLowerCase() === wordText(second).toLowerCase()) return true;
  }
  return false;
}

/** A word node's text: most words are one text node, read without joining. */
function wordText(word: NlcstWord): string {
  const only = word.children.length === 1 ? word.children[0]! : undefined;
  return only?.type === 'TextNode' ? only.value : toString(word);
}

/**
 * The same word twice in a row ("the the"), as retext-repeated-words finds it: it leaves alone
 * words that often double on purpose ("had had", "that that") and capitalised pairs ("Walla Walla").
 * The suggestion keeps the first occurrence, so "The the budget" becomes "The budget", not "the budget".
 * "to to" before a verb, after a verb that takes "to" as a preposition, is that preposition ending its
 * clause and then the infinitive's marker ("the file it referred to to exist"), so it is left alone;
 * "voted to to close" is still a slip. So is any preposition that ends a relative clause before a phrase of
 * its own ("the place that we have been placed in in the past"), and the "be" that ends a free relative
 * clause before the main verb "be" ("what it is is a rant"). Two words repeated after themselves ("on the on the table") are
 * reported as well, when they are function words ("to fall to fall" too) and all four are in lower case.
 */
export const repeatedWords: Rule<Options> = {
  meta: { ...adapted.meta, messages: { ...adapted.meta.messages, 'repeated-phrase': 'Unexpected repeated “{{phrase}}”, remove one occurrence' } },
  create(context, options) {
    const report = (descriptor: ReportDescriptor) => {
      const { document } = context;
      if (!strandedToBeforeInfinitive(document, descriptor) && !strandedPreposition(document, descriptor) && !freeRelativeBe(document, descriptor)) {
        context.report(keepFirstOccurrence(descriptor));
      }
    };
    return {
      ...adapted.create({ ...context, report }, options),
      sentence(sentence) {
        for (const word of sentence.words) {
          const pair = repeatedPairAt(context.document, sentence, word.index);
          if (!pair) continue;
          const range = { start: pair.start, end: pair.end };
          const actual = context.document.textOf(range);
          const phrase = context.document.textOf({ start: pair.start, end: sentence.words[word.index + 1]!.end });
          context.report({ messageId: 'repeated-phrase', data: { phrase }, range, actual, expected: [phrase] });
        }
      },
    };
  },
};

/** Function words, of which a slipped two-word repeat is made: "on the on the", "him since him since". */
const FUNCTION_WORD = /^(IN|DT|TO|PRP|PRP\$|MD|WDT|EX)$/;

/**
 * "on the on the table": two words repeated straight after themselves, in lower case with only spaces
 * between, both function words or "to" and a verb. Names that double ("New York,
 * New York") have capitals or commas. The span is both occurrences, and the suggestion keeps one.
 */
function repeatedPairAt(document: NewsDocument, sentence: Sentence, index: number): { start: number; end: number } | undefined {
  const words = sentence.words;
  // Most words start no repeat: one comparison rules them out before anything else is read.
  if (words[index + 2]?.lower !== words[index]!.lower) return undefined;
  const [a, b, c, d] = [words[index]!, words[index + 1], words[index + 2]!, words[index + 3]];
  if (!b || !d || a.quoted || a.lower !== c.lower || b.lower !== d.lower || a.lower === b.lower) return undefined;
  // "as bad as bad can be" compares, "on and on and on" and "call a spade a spade" repeat on purpose: only
  // function words, or "to" or a preposition before a verb ("to fall to fall", "of being of being"), count.
  const functional = FUNCTION_WORD.test(a.tag) && (FUNCTION_WORD.test(b.tag) || (/^(TO|IN)$/.test(a.tag) && /^VB[G]?$/.test(b.tag)));
  if (!functional || a.lower === 'as' || /^(and|or|but)$/.test(b.lower)) return undefined;
  if (/\p{Lu}/u.test(a.text + b.text + c.text + d.text)) return undefined;
  const spaces = [[a, b], [b, c], [c, d]].every(([left, right]) => /^ +$/.test(document.source.slice(left!.end, right!.start)));
  return spaces ? { start: a.start, end: d.end } : undefined;
}

function keepFirstOccurrence(descriptor: ReportDescriptor): ReportDescriptor {
  const first = descriptor.actual?.split(/\s+/)[0];
  return first ? { ...descriptor, expected: [first] } : descriptor;
}

// Verbs whose "to" is a preposition that can end a clause ("what it is connected to"); "have to" too,
// with its verb left out ("do what you have to to stay safe").
const TO_AS_PREPOSITION = new Set([
  'refer', 'apply', 'connect', 'link', 'pray', 'listen', 'talk', 'speak', 'belong', 'respond', 'reply', 'react',
  'point', 'object', 'adapt', 'attend', 'stick', 'turn', 'relate', 'switch', 'add', 'compare', 'admit', 'have',
  'used', 'get', 'go', 'come', 'look', 'commit', 'subscribe', 'contribute', 'send', 'write', 'lie',
]);

function strandedToBeforeInfinitive(document: NewsDocument, descriptor: ReportDescriptor): boolean {
  const span = descriptor.range ?? descriptor.node;
  if (span === undefined || document.textOf(span).toLowerCase().replace(/\s+/g, ' ') !== 'to to') return false;
  const index = document.words.findIndex((word) => word.start >= span.start);
  const before = document.words[index - 1];
  const after = document.words[index + 2];
  return before !== undefined && after !== undefined && after.tag === 'VB' && TO_AS_PREPOSITION.has(before.lemma);
}

/** The repeated pair a descriptor covers, in lower case, with the sentence it is in and the index of its first word. */
function doubleAt(document: NewsDocument, descriptor: ReportDescriptor): { pair: string; sentence: Sentence; index: number } | undefined {
  const span = descriptor.range ?? descriptor.node;
  const sentence = span && document.sentences.find((candidate) => candidate.start <= span.start && span.end <= candidate.end);
  if (!span || !sentence) return undefined;
  const pair = document.textOf(span).toLowerCase().replace(/\s+/g, ' ');
  return { pair, sentence, index: sentence.words.findIndex((word) => word.start >= span.start) };
}

const RELATIVE_OPENERS = /^(that|which|who|whom|where|what)$/;

/** "the place that we have been placed in in the past": a preposition ending a relative clause, then another phrase. */
function strandedPreposition(document: NewsDocument, descriptor: ReportDescriptor): boolean {
  const double = doubleAt(document, descriptor);
  if (!double || !/^(in|on|at|for|with|from|about) \1$/.test(double.pair)) return false;
  const words = double.sentence.words;
  const [before, after] = [words[double.index - 1], words[double.index + 2]];
  if (!before || !after || !/^(VB|VBD|VBN|RP)$/.test(before.tag) || !/^(DT|CD|PRP\$)$/.test(after.tag)) return false;
  return words.slice(0, double.index - 1).some((word) => RELATIVE_OPENERS.test(word.lower));
}

/** "what it is is a rant", "all it was was noise": a free relative clause ends on its own "be". */
function freeRelativeBe(document: NewsDocument, descriptor: ReportDescriptor): boolean {
  const double = doubleAt(document, descriptor);
  if (!double || !/^(is is|was was)$/.test(double.pair)) return false;
  return double.sentence.words.slice(Math.max(0, double.index - 4), double.index).some((word) => /^(what|whatever|all)$/.test(word.lower));
}
