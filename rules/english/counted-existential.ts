import type { NewsDocument, Sentence, Word } from '../../src/model/document.js';
import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import { adjacent } from './gaps.js';
import { MODIFIER_UNITS } from './measure-units.js';

/** A singular "be" after "there" or "here" before a counted plural, and the plural "be" that belongs. */
export interface CountedExistential {
  verb: Word;
  subject: Word;
  expected: string;
}

/** The plural of each singular "be", alone or as the clitic of "there" and "here". */
const PLURAL_BE: Readonly<Record<string, string>> = { is: 'are', was: 'were', "there's": 'there are', "here's": 'here are' };
/** Words that count more than one: numbers above one and plural quantifiers. */
const MANY = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens|many|several|numerous)$/;
/** Amounts that a singular verb may treat as one sum ("there's ten minutes left", "there is £5 million"). */
const AMOUNTS = new Set(['pounds', 'dollars', 'euros', 'pence', 'cents', 'percent', 'per', 'yen', 'points', 'goals', 'runs', 'laps', 'miles', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'seconds']);

/**
 * "There's three women waiting", "Here is 5 men", "There was many reasons": a singular "be" after
 * "there" or "here" before a number or quantifier and a plural noun. Amounts, which a singular verb may
 * treat as one sum ("there's ten minutes left"), are left alone.
 */
export function countedExistential(document: NewsDocument, sentence: Sentence): CountedExistential | undefined {
  const words = sentence.words;
  const first = words[0];
  if (!first || first.quoted) return undefined;
  const clitic = first.lower.replace(/’/g, "'");
  const joinedBe = /^(there's|here's)$/.test(clitic);
  if (!joinedBe && !(/^(there|here)$/.test(first.lower) && /^(is|was)$/.test(words[1]?.lower ?? ''))) return undefined;
  const verb = joinedBe ? first : words[1]!;
  let k = verb.index + 1;
  const count = words[k];
  if (!count || !adjacent(document, words[k - 1]!, count)) return undefined;
  const counts = MANY.test(count.lower) || (/^\d+$/.test(count.text) && Number(count.text) > 1);
  if (!counts) return undefined;
  k++;
  while (words[k] && words[k]!.tag === 'JJ' && adjacent(document, words[k - 1]!, words[k]!)) k++;
  const noun = words[k];
  if (!noun || !adjacent(document, words[k - 1]!, noun) || noun.tag !== 'NNS' || noun.text !== noun.lower) return undefined;
  if (AMOUNTS.has(noun.lower) || MODIFIER_UNITS.has(noun.lower.replace(/s$/, '')) || !lexicalTags(noun.lower).includes('NNS')) return undefined;
  const expected = PLURAL_BE[clitic] ?? PLURAL_BE[verb.lower]!;
  return { verb, subject: noun, expected: /^\p{Lu}/u.test(verb.text) ? expected.charAt(0).toUpperCase() + expected.slice(1) : expected };
}
