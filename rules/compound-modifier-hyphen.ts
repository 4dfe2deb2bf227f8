import type { Rule, RuleContext } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { adjacent } from './english/gaps.js';
import { MEASURE_ADJECTIVES, MODIFIER_UNITS, singularUnitOf } from './english/measure-units.js';
import { BODY_PART_ADJECTIVES, NOUN_LINKS, OPEN_COMPOUNDS } from './english/open-compounds.js';

/** `compound-modifier-hyphen` has no options. */
export type Options = Record<string, never>;

const COMPOUNDS = OPEN_COMPOUNDS.map((compound) => compound.split(' '));
const DETERMINER = /^(DT|PRP\$|POS)$/;
/** Tags a word after the compound may carry and still be its head noun (the tagger reads "walk" as a verb). */
const NOT_HEAD = /^(IN|TO|CC|DT|PDT|PRP|PRP\$|WDT|WP|WRB|MD|VBD|VBZ|RB|RP|EX|POS|CD)$/;
/** Nouns of time that follow a phrase as adverbs ("worked part time today"). */
const TIME_WORDS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'now', 'ago', 'later', 'earlier']);
const WORD_NUMBERS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
]);

/**
 * A compound modifier written open before its noun, where news style (AP, BBC) hyphenates it: a number
 * and a unit ("a 10 year old boy", "a five minute walk", "a 3 kilometers race"), a plural unit in a
 * hyphenated measure ("a 10-metres rope"), a repeated-noun phrase ("a head to head contest"), a
 * "<body part>-ed" adjective ("eagle eyed editors") and a list of fixed compounds ("a brand new car").
 * Only a common noun right after the compound makes it a modifier; "the car is brand new" is left alone.
 */
export const compoundModifierHyphen: Rule<Options> = {
  meta: {
    id: 'compound-modifier-hyphen',
    kind: 'punctuation',
    description: 'A compound modifier before a noun written without its hyphens ("a 10 year old boy")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    // House style: edited copy leaves many of these open ("a five year deal"), so it is opt-in.
    recommended: false,
    messages: {
      'open-compound': 'Compound modifier “{{actual}}” before a noun takes hyphens: “{{expected}}”',
      'plural-unit': 'A unit in a compound modifier is singular: “{{expected}}”, not “{{actual}}”',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        let covered = -1;
        for (const word of sentence.words) {
          if (word.index <= covered || word.quoted) continue;
          const unit = pluralUnitCompound(sentence, word, document);
          if (unit) {
            reportPluralUnit(context, word, unit);
            continue;
          }
          const span = compoundAt(sentence, word.index, document);
          if (!span) continue;
          const words = sentence.words.slice(word.index, span.end);
          const expected = joinWithHyphens(words, span.singularUnit);
          const range = { start: words[0]!.start, end: words[words.length - 1]!.end };
          const actual = document.textOf(range);
          context.report({ messageId: 'open-compound', data: { actual, expected }, range, actual, expected: [expected], safe: span.singularUnit === undefined });
          covered = span.end - 1;
        }
      },
    };
  },
};

/** "10-metres" before a noun: the singular unit it should carry. */
function pluralUnitCompound(sentence: Sentence, word: Word, document: NewsDocument): string | undefined {
  const match = /^(.*\d)-([A-Za-z]+)$/.exec(word.text);
  if (!match || !followedByNoun(sentence, word.index + 1, document)) return undefined;
  const singular = singularUnitOf(match[2]!);
  return singular === undefined ? undefined : `${match[1]}-${singular}`;
}

function reportPluralUnit(context: RuleContext, word: Word, expected: string): void {
  context.report({ messageId: 'plural-unit', data: { actual: word.text, expected }, node: word, actual: word.text, expected: [expected], safe: true });
}

/** The compound starting at word `i`: where it ends (exclusive) and, for "3 kilometers race", the unit's singular. */
function compoundAt(sentence: Sentence, i: number, document: NewsDocument): { end: number; singularUnit?: string } | undefined {
  const end = measureEnd(sentence, i, document) ?? lexiconEnd(sentence, i) ?? linkedNounsEnd(sentence, i) ?? bodyPartEnd(sentence, i);
  if (end === undefined) return undefined;
  for (let k = i + 1; k < end; k++) if (!adjacent(document, sentence.words[k - 1]!, sentence.words[k]!)) return undefined;
  const unit = sentence.words[i + 1]!;
  // "a 10 year old" stands as a noun after a determiner, and "11 year olds" anywhere.
  const last = sentence.words[end - 1]!.lower;
  const standsAlone = MODIFIER_UNITS.has(unit.lemma) && (last === 'olds' || (last === 'old' && DETERMINER.test(sentence.words[i - 1]?.tag ?? '')));
  if (!standsAlone && !followedByNoun(sentence, end, document)) return undefined;
  const singularUnit = /^CD$/.test(sentence.words[i]!.tag) && unit.lemma !== unit.lower ? singularUnitOf(unit.text) : undefined;
  return { end, singularUnit };
}

/** "10 year old", "five minute", "a 3 kilometers": a number and a unit, and "old"/"long"… after it. */
function measureEnd(sentence: Sentence, i: number, document: NewsDocument): number | undefined {
  const number = sentence.words[i]!;
  const unit = sentence.words[i + 1];
  if (number.tag !== 'CD' || !unit || !MODIFIER_UNITS.has(unit.lemma) || unit.text !== unit.lower) return undefined;
  const before = sentence.words[i - 1];
  const isWord = WORD_NUMBERS.has(number.lower);
  if (!isWord && !/^\d[\d,.]*$/.test(number.text)) return undefined;
  // "Apollo 11 mission", "in 2019 year": a number naming something, or a year.
  if (before && (/^NNP/.test(before.tag) || before.lower === 'number')) return undefined;
  if (/^(1[89]|20)\d\d$/.test(number.text)) return undefined;
  const determined = before !== undefined && DETERMINER.test(before.tag) && adjacent(document, before, number);
  // "One day people will…": a spelled-out number needs a determiner to be a modifier.
  if (isWord && !determined) return undefined;
  // "a ten minutes walk" is wrong, "ten minutes walk away" is a phrase: a plural unit needs "a"/"an".
  if (unit.lower !== unit.lemma && !(before && /^an?$/.test(before.lower))) return undefined;
  const closing = sentence.words[i + 2];
  return closing && MEASURE_ADJECTIVES.has(closing.lower) ? i + 3 : i + 2;
}

/** A fixed compound from the list, matched on lower-case words. */
function lexiconEnd(sentence: Sentence, i: number): number | undefined {
  for (const parts of COMPOUNDS) {
    if (parts.every((part, k) => sentence.words[i + k]?.lower === part)) return i + parts.length;
  }
  return undefined;
}

/** "head to head", "year on year", "side by side": one noun twice around a linking word. */
function linkedNounsEnd(sentence: Sentence, i: number): number | undefined {
  const [first, link, second] = [sentence.words[i]!, sentence.words[i + 1], sentence.words[i + 2]];
  if (!link || !second || !NOUN_LINKS.has(link.lower) || first.lower !== second.lower || second.text !== second.lower) return undefined;
  if (!lexicalTags(first.lower).includes('NN')) return undefined;
  // "from time to time people…", "bit by bit": adverbial phrases, not modifiers.
  const before = sentence.words[i - 1];
  if (before?.lower === 'from') return undefined;
  if (link.lower === 'by' && !(before && DETERMINER.test(before.tag))) return undefined;
  return i + 3;
}

/** "eagle eyed", "long haired": a noun or adjective and a body-part adjective. */
function bodyPartEnd(sentence: Sentence, i: number): number | undefined {
  const [first, second] = [sentence.words[i]!, sentence.words[i + 1]];
  if (!second || !BODY_PART_ADJECTIVES.has(second.lower) || first.text !== first.lower) return undefined;
  return /^(NN|JJ)$/.test(first.tag) ? i + 2 : undefined;
}

/** Word `i` is a lower-case common noun that the compound can modify. */
function followedByNoun(sentence: Sentence, i: number, document: NewsDocument): boolean {
  const noun = sentence.words[i];
  const before = sentence.words[i - 1];
  if (!noun || !before || !adjacent(document, before, noun) || noun.text !== noun.lower || TIME_WORDS.has(noun.lower)) return false;
  if (NOT_HEAD.test(noun.tag)) return false;
  return /^(NN|NNS)$/.test(noun.tag) || lexicalTags(noun.lower).some((tag) => tag === 'NN' || tag === 'NNS');
}

/** The compound's words joined by hyphens, keeping their case; a plural unit made singular. */
function joinWithHyphens(words: readonly Word[], singularUnit: string | undefined): string {
  return words.map((word, k) => (k === 1 && singularUnit !== undefined ? singularUnit : word.text)).join('-');
}
