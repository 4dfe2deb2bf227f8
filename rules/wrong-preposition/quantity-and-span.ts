import type { NewsDocument, Sentence } from '../../src/model/document.js';
import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import { adjacent } from '../english/gaps.js';
import type { PhraseMatch } from './fixed-phrase.js';

/** Plural time units that "the last" takes only with a number or "few" ("the last few years"). */
const LAST_UNITS = /^(years|months|decades|weeks|days|hours|minutes|centuries)$/;
/** Words after "the last years" that make it the final stretch of a span ("of his life", "before the vote"). */
const SPAN_FOLLOWS = /^(of|before|after|until|till|to|ahead|prior|leading|between|since|than|in|on|at|when|that|which|where)$/;

/**
 * Phrases that lack a word: "a couple months" (of), "in the last years" (few), "in favour doing" (of),
 * starting at word `i`.
 */
export function incompletePhraseAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  switch (sentence.words[i]!.lower) {
    case 'a':
      return sentence.words[i + 1]?.lower === 'couple' ? coupleOfAt(sentence, i, document) : undefined;
    case 'the':
      return lastUnitsAt(sentence, i, document);
    case 'in':
      return inFavourAt(sentence, i, document);
    default:
      return undefined;
  }
}

/** Words that measure by the noun before them: "seconds ago", "points behind", "years old". */
const MEASURED_BY = /^(ago|later|earlier|back|away|behind|ahead|old|long|late)$/;

/** "a couple months ago" → "a couple of months": "couple" takes "of" before a plural noun. */
function coupleOfAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  const [a, couple, noun] = [0, 1, 2].map((k) => sentence.words[i + k]);
  if (a?.lower !== 'a' || couple?.lower !== 'couple' || noun?.tag !== 'NNS' || !adjacent(document, a, couple) || !adjacent(document, couple, noun)) return undefined;
  // "a couple lives here": a plural that is also a verb may be the couple's own verb, unless a word of
  // measure follows it ("a couple seconds ago", "a couple points behind").
  const measured = MEASURED_BY.test(sentence.words[i + 3]?.lower ?? '');
  if (!measured && lexicalTags(noun.lower).some((tag) => /^VB/.test(tag))) return undefined;
  return { length: 3, right: `${a.text} couple of ${noun.text}` };
}

/** "in the last years" → "in the last few years": "the last" and a plural time unit need a number or "few". */
function lastUnitsAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  // "count the last minutes it was seeded" counts the final ones; after "in" or "during" a span up to now is meant.
  if (!/^(in|during|over|within|throughout)$/.test(sentence.words[i - 1]?.lower ?? '')) return undefined;
  const [the, last, units] = [0, 1, 2].map((k) => sentence.words[i + k]);
  if (the?.lower !== 'the' || last?.lower !== 'last' || !units || !LAST_UNITS.test(units.lower) || !adjacent(document, the, last) || !adjacent(document, last, units)) return undefined;
  // "the last years of his life", "the last days before the vote": the final stretch of a span is right.
  const after = sentence.words[i + 3];
  if (after && adjacent(document, units, after) && (SPAN_FOLLOWS.test(after.lower) || /^(NN|NNS|NNP|NNPS|POS)$/.test(after.tag))) return undefined;
  return { length: 3, right: `${the.text} last few ${units.text}` };
}

/** "in favour doing" → "in favour of doing": "in favour" takes "of" before what is favoured. */
function inFavourAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  const [inWord, favour, verb] = [0, 1, 2].map((k) => sentence.words[i + k]);
  if (inWord?.lower !== 'in' || !favour || !/^favou?r$/.test(favour.lower) || verb?.tag !== 'VBG' || !adjacent(document, inWord, favour) || !adjacent(document, favour, verb)) return undefined;
  return { length: 3, right: `${inWord.text} ${favour.text} of ${verb.text}` };
}
