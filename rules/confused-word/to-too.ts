import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import type { ConfusionCheck } from './context.js';
import { BE_FORMS } from './word-classes.js';

/** Degree words that, after "is" or at a clause start, can only be qualified by "too" ("to much snow"). */
/** Verbs that take "to" and a verb ("want to go"), where "too" before the verb is a slip. */
const TAKES_TO = /^(want|need|have|try|going|plan|hope|decide|like|love|agree|refuse|expect|learn|manage|forget|ought|used|able)$/;
const QUANTITIES = /^(much|many|far|long|late|soon|little|few|bad|often)$/;

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
      if (/^(the|a|an|his|her|their|its|my|our|your|all|him|them|us)$/.test(context.lower(1)) || counted) return { expected: 'to', why: `before “${context.lower(1)}”`, safe: !counted };
      const verbOnly = lexicalTags(context.lower(1)).every((tag) => /^VB[P]?$/.test(tag));
      if (context.tag(1) === 'VB' && verbOnly && lexicalTags(context.lower(1)).length > 0) return { expected: 'to', why: `before the verb “${context.lower(1)}”`, safe: false };
      // "want too go": a verb that takes "to" and a verb the lexicon has first as a verb.
      if (context.tag(1) === 'VB' && lexicalTags(context.lower(1))[0] === 'VB' && TAKES_TO.test(context.at(-1)!.lemma) && /^VB/.test(context.tag(-1)) && context.joined(-1, 0)) {
        return { expected: 'to', why: `before the verb “${context.lower(1)}”`, safe: false };
      }
      return undefined;
    }
    // "day to?", "other things, to.": "to" ending the sentence after a comma or a noun is "too" (a
    // stranded preposition follows its verb: "the house we went to").
    const end = context.textAfter(0);
    if (!context.at(1) && context.at(-1) && /^\s*[.?!]\s*$/.test(end) && !end.includes('..') && (/,\s*$/.test(context.gapBefore(0)) || (/^(NN|NNS)$/.test(context.tag(-1)) && end.includes('?')))) {
      return { expected: 'too', why: 'ending the sentence', safe: false };
    }
    // "returned to quickly.": an -ly adverb that ends the sentence qualifies the verb, so "to" is "too"
    // ("not to simply cut" splits an infinitive).
    if (context.tag(1) === 'RB' && /ly$/.test(context.lower(1)) && !context.at(2) && /^\s*[.!?]/.test(context.textAfter(1)) && context.joined(0, 1) && /^VB/.test(context.tag(-1))) {
      return { expected: 'too', why: `before “${context.lower(1)}”`, safe: false };
    }
    // "it was to late.", "way to high", "because to much snow": before an adjective that ends the phrase,
    // "to" should be "too" ("is to clean" is a verb, so words the lexicon also lists as verbs or nouns
    // are left alone, unless a degree word before leaves no other reading).
    const before = context.lower(-1);
    const degree = /^(way|much|far)$/.test(before);
    const adjective = context.at(1);
    // "spoke to loud", "felt to cold": a verb of speaking or seeming takes an adjective or adverb of degree.
    const manner = /^(feel|seem|sound|become|grow|speak|talk|shout|sing|play)$/.test(context.at(-1)?.lemma ?? '') && /^VB/.test(context.tag(-1));
    const slot = manner || BE_FORMS.has(before) || /^(it's|that's|he's|she's|they're|you're|we're|not)$/.test(before) || degree;
    const clauseStart = !context.at(-1) || /^(because|and|but|so|if|when|as|although)$/.test(before);
    // "ate to much.", "arrived to late.", "went to far.": after a verb, a degree word that ends the clause.
    // "amount to much", "come to little" take "to" as a preposition before a quantity.
    const toQuantity = /^(much|many|little|few)$/.test(adjective?.lower ?? '') && /^(amount|come|lead|add|count|mean|boil|run|rise|fall|extend|look|listen|go)$/.test(context.at(-1)?.lemma ?? '');
    if (adjective && /^VB/.test(context.tag(-1)) && QUANTITIES.test(adjective.lower) && !toQuantity && context.endsClause(1) && context.joined(-1, 1)) return { expected: 'too', why: `before “${adjective.lower}”`, safe: false };
    if (!adjective || !(slot || clauseStart) || !(context.joined(-1, 1) || !context.at(-1))) return undefined;
    // "to much snow", "to far from", "to long ago": degree words that "to" cannot govern there.
    if (QUANTITIES.test(adjective.lower) && context.lower(2) !== 'of' && context.tag(2) !== 'VB' && context.joined(0, 1)) return { expected: 'too', why: `before “${adjective.lower}”`, safe: false };
    if (adjective.tag !== 'JJ' && !(degree && /^(RB|JJ)$/.test(adjective.tag))) return undefined;
    const readings = lexicalTags(adjective.lower);
    const adjectiveFirst = manner && /^(JJ|RB)$/.test(readings[0] ?? '') && !readings.some((tag) => tag.startsWith('VB'));
    // An adjective first of all ("cold", "young") may have a noun reading too; what follows must then rule the noun out.
    if (!degree && !adjectiveFirst && (readings.some((tag) => tag.startsWith('VB')) || (readings.some((tag) => tag.startsWith('NN')) && readings[0] !== 'JJ'))) return undefined;
    // "is to due to open" has a stray "to": "due" takes "to" itself, and "too due" is no fix.
    if (adjective.lower === 'due') return undefined;
    const after = context.lower(2);
    // "it is to hot today": a time or place adverb after the adjective ends its phrase as well.
    const phraseEnds = context.endsClause(1) || /^(today|tonight|now|here|there|anyway|again|already|outside|inside)$/.test(after);
    if (phraseEnds || after === 'for' || after === 'that' || (after === 'to' && context.tag(3) === 'VB')) return { expected: 'too', why: `before “${adjective.lower}”`, safe: false };
    return undefined;
  },
};
