import retextRepeatedWords from 'retext-repeated-words';
import type { ReportDescriptor, Rule } from '../src/engine/types.js';
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
 */
export const repeatedWords: Rule<Options> = {
  meta: adapted.meta,
  create(context, options) {
    const report = (descriptor: ReportDescriptor) => context.report(keepFirstOccurrence(descriptor));
    return adapted.create({ ...context, report }, options);
  },
};

function keepFirstOccurrence(descriptor: ReportDescriptor): ReportDescriptor {
  const first = descriptor.actual?.split(/\s+/)[0];
  return first ? { ...descriptor, expected: [first] } : descriptor;
}
