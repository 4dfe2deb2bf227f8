import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import type { ConfusionCheck } from './context.js';
import { BE_FORMS } from './word-classes.js';

/** "was to late" for "too late"; "went too the shops" for "to the shops". */
export const toToo: ConfusionCheck = {
  pair: 'to / too',
  words: ['to', 'too'],
  check(context) {
    if (context.lower(0) === 'too') {
      // "too" qualifies an adjective or adverb; before an article or possessive it must be "to".
      if (/^(the|a|an|his|her|their|its|my|our|your)$/.test(context.lower(1)) && context.joined(-1, 1) && context.at(-1)) return { expected: 'to', why: `before “${context.lower(1)}”`, safe: true };
      return undefined;
    }
    // "it was to late.": after "be", an adjective with nothing after it wants "too" ("to clean" is a verb).
    const adjective = context.at(1);
    if (!adjective || !BE_FORMS.has(context.lower(-1)) || !context.joined(-1, 1) || adjective.tag !== 'JJ') return undefined;
    if (lexicalTags(adjective.lower).some((tag) => tag.startsWith('VB') || tag.startsWith('NN'))) return undefined;
    const after = context.lower(2);
    if (context.endsClause(1) || after === 'for' || (after === 'to' && context.tag(3) === 'VB')) return { expected: 'too', why: `before “${adjective.lower}”`, safe: false };
    return undefined;
  },
};
