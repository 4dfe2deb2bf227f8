import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import type { ConfusionCheck } from './context.js';
import { BE_FORMS } from './word-classes.js';

/** "was to late" for "too late"; "went too the shops" for "to the shops". */
export const toToo: ConfusionCheck = {
  pair: 'to / too',
  words: ['to', 'too'],
  check(context) {
    if (context.lower(0) === 'too') {
      // "too" qualifies an adjective or adverb; before an article, a possessive, a number or a bare verb it is "to".
      if (!context.at(-1) || !context.joined(0, 1)) return undefined;
      // "too ten new locations" counts things; "too 1990s for me" is a degree.
      const counted = context.tag(1) === 'CD' && /^(NN|NNS|JJ)$/.test(context.tag(2)) && context.joined(1, 2);
      if (/^(the|a|an|his|her|their|its|my|our|your|all)$/.test(context.lower(1)) || counted) return { expected: 'to', why: `before “${context.lower(1)}”`, safe: !counted };
      const verbOnly = lexicalTags(context.lower(1)).every((tag) => /^VB[P]?$/.test(tag));
      if (context.tag(1) === 'VB' && verbOnly && lexicalTags(context.lower(1)).length > 0) return { expected: 'to', why: `before the verb “${context.lower(1)}”`, safe: false };
      return undefined;
    }
    // "it was to late.", "way to high": before an adjective that ends the phrase, "to" should be "too"
    // ("is to clean" is a verb, so words the lexicon also lists as verbs or nouns are left alone).
    const before = context.lower(-1);
    const degree = /^(way|much|far)$/.test(before);
    const adjective = context.at(1);
    if (!adjective || !(BE_FORMS.has(before) || /^(it's|that's|he's|she's|they're|you're|we're)$/.test(before) || degree) || !context.joined(-1, 1)) return undefined;
    if (adjective.tag !== 'JJ' && !(degree && /^(RB|JJ)$/.test(adjective.tag))) return undefined;
    if (lexicalTags(adjective.lower).some((tag) => tag.startsWith('VB') || tag.startsWith('NN'))) return undefined;
    const after = context.lower(2);
    if (context.endsClause(1) || after === 'for' || (after === 'to' && context.tag(3) === 'VB')) return { expected: 'too', why: `before “${adjective.lower}”`, safe: false };
    return undefined;
  },
};
