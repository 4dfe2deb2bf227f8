import retextRepeatedWords from 'retext-repeated-words';
import type { ReportDescriptor, Rule } from '../src/engine/types.js';
import type { NewsDocument } from '../src/model/document.js';
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
  severity: 'warning',
  // Not fixable: some doubles are meant ("what it is is", "they do do that", "very very" in a quote),
  // so the suggestion waits for a person.
  fixable: false,
});

/**
 * The same word twice in a row ("the the"), as retext-repeated-words finds it: it leaves alone
 * words that often double on purpose ("had had", "that that") and capitalised pairs ("Walla Walla").
 * The suggestion keeps the first occurrence, so "The the budget" becomes "The budget", not "the budget".
 * "to to" before a verb, after a verb that takes "to" as a preposition, is that preposition ending its
 * clause and then the infinitive's marker ("the file it referred to to exist"), so it is left alone;
 * "voted to to close" is still a slip.
 */
export const repeatedWords: Rule<Options> = {
  meta: adapted.meta,
  create(context, options) {
    const report = (descriptor: ReportDescriptor) => {
      if (!strandedToBeforeInfinitive(context.document, descriptor)) context.report(keepFirstOccurrence(descriptor));
    };
    return adapted.create({ ...context, report }, options);
  },
};

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
