import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { adjacent } from './english/gaps.js';

/** `compound-modifier-hyphen` has no options. */
export type Options = Record<string, never>;

/**
 * Compound modifiers that are never a phrase of their own before a noun: "a brand new car" can only be
 * "a brand-new car". Ones that are also noun phrases ("long term", "last minute", "all time") are left
 * out: "over the long term prices rose" has no compound.
 */
const COMPOUNDS = new Set([
  'brand new', 'first hand', 'heavy duty', 'duty free', 'cut throat', 'knife edge', 'cooling off', 'eye catching', 'record breaking',
  'award winning', 'life threatening', 'time consuming', 'long standing', 'long running', 'far reaching', 'cross border', 'well known',
  'so called', 'state owned', 'state run', 'long awaited', 'much needed', 'fast growing', 'wide ranging', 'short lived',
  'full scale', 'large scale', 'small scale', 'ground breaking', 'thought provoking', 'heart breaking', 'mouth watering', 'nail biting',
  'brick red', 'up to date', 'out of date', 'state of the art', 'behind the scenes', 'over the counter', 'off the shelf', 'cut and paste',
  'mom and pop', 'do or die', 'hit and run', 'fly by night', 'out of body', 'coast to coast', 'rags to riches', 'cradle to grave',
]);
/** Second halves that make a noun or adjective into a compound adjective ("eagle eyed", "open minded"). */
const BODY_COMPOUND = /^(eyed|haired|legged|faced|hearted|minded|handed|footed|tongued|skinned)$/;
/** The first word of each listed compound: a word that opens none of them, nor "X to X" nor "eagle eyed", is passed over at once. */
const COMPOUND_OPENERS = new Set([...COMPOUNDS].map((compound) => compound.split(' ')[0]!));
/** A count and a plural unit joined by a hyphen ("10-metres", "five-years"); tested on every word, so built once. */
const HYPHENATED_PLURAL_UNIT = /^([\d.,]+|[a-z]+)-([a-z]+)s$/;
/** Compound lengths tried at a word, longest first. */
const COMPOUND_LENGTHS = [4, 3, 2];
const NUMBER_WORDS = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)$/;

/**
 * A compound modifier before a noun written without its hyphens, "a brand new car", "a head to head
 * contest", "eagle eyed editors", or with a plural unit, "a 10-metres rope". Before a noun the parts
 * of a compound adjective are hyphenated, and a measure used as a modifier is singular ("a 10-metre
 * rope", "a five-year plan"). The rule reads a closed list of compounds that have no other reading,
 * "X to X" with one noun twice ("face to face talks"), and a noun or adjective with "eyed", "haired",
 * "minded" and their kind; each only before a noun, so "the car was brand new" is fine.
 */
export const compoundModifierHyphen: Rule<Options> = {
  meta: {
    id: 'compound-modifier-hyphen',
    kind: 'punctuation',
    description: 'A compound modifier before a noun without its hyphens ("a brand new car") or with a plural unit ("a 10-metres rope")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: {
      hyphen: 'Unexpected “{{actual}}” before a noun, expected “{{expected}}”',
      'plural-unit': 'Unexpected plural “{{actual}}” as a modifier, expected “{{expected}}”',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        const words = sentence.words;
        for (let i = 0; i < words.length; i++) {
          if (words[i]!.quoted) continue;
          const unit = pluralUnit(document, sentence, words[i]!);
          if (unit) {
            context.report({ messageId: 'plural-unit', data: { actual: words[i]!.text, expected: unit }, node: words[i]!, expected: [unit], safe: false });
            continue;
          }
          const length = compoundAt(document, sentence, i);
          if (!length) continue;
          const range = { start: words[i]!.start, end: words[i + length - 1]!.end };
          const actual = document.textOf(range);
          const expected = actual.replace(/ +/g, '-');
          context.report({ messageId: 'hyphen', data: { actual, expected }, range, actual, expected: [expected], safe: false });
          i += length - 1;
        }
      },
    };
  },
};

/** The number of words of an unhyphenated compound modifier starting at word `i` before a noun, or 0. */
function compoundAt(document: NewsDocument, sentence: Sentence, i: number): number {
  const words = sentence.words;
  const second = words[i + 1]?.lower ?? '';
  if (!COMPOUND_OPENERS.has(words[i]!.lower) && second !== 'to' && !BODY_COMPOUND.test(second)) return 0;
  for (const length of COMPOUND_LENGTHS) {
    const parts = words.slice(i, i + length);
    const noun = words[i + length];
    if (parts.length < length || !noun || !/^(NN|NNS)$/.test(noun.tag) || noun.text !== noun.lower) continue;
    const run = [...parts, noun];
    if (!run.every((word, k) => k === 0 || adjacent(document, run[k - 1]!, word))) continue;
    if (parts.slice(1).some((word) => word.text !== word.lower)) continue;
    const phrase = parts.map((word) => word.lower).join(' ');
    const repeated = length === 3 && parts[1]!.lower === 'to' && parts[0]!.lower === parts[2]!.lower && parts[0]!.tag === 'NN' && opensPhrase(sentence, i);
    const body = length === 2 && BODY_COMPOUND.test(parts[1]!.lower) && /^(NN|JJ)$/.test(parts[0]!.tag) && opensPhrase(sentence, i);
    if (COMPOUNDS.has(phrase) || repeated || body) return length;
  }
  return 0;
}

/** "The face to face", "held face to face", "Hand to hand": the compound opens a noun phrase (after a determiner, a verb or at the start). */
function opensPhrase(sentence: Sentence, i: number): boolean {
  const before = sentence.words[i - 1];
  return before === undefined || /^(DT|PRP\$|JJ|IN|CD|VB|VBD|VBZ|VBP|VBG)$/.test(before.tag);
}

/** "10-metres", "five-years" before a noun: the singular the modifier needs, or undefined. */
function pluralUnit(document: NewsDocument, sentence: Sentence, word: Word): string | undefined {
  const match = word.lower.match(HYPHENATED_PLURAL_UNIT);
  const next = sentence.words[word.index + 1];
  if (!match || !next || !/^(NN|NNS)$/.test(next.tag) || !adjacent(document, word, next)) return undefined;
  const [, count, unit] = match as unknown as [string, string, string];
  // "nine-times champion" is British usage; "Four-Kings" is a name.
  if ((!/\d/.test(count) && !NUMBER_WORDS.test(count)) || unit === 'time' || word.text !== word.lower) return undefined;
  // "10-metres" → "10-metre": only when the unit's singular is a noun ("3-ds", "2-dimensions" aside).
  if (!lexicalTags(unit).includes('NN') || !lexicalTags(`${unit}s`).includes('NNS')) return undefined;
  return `${word.text.slice(0, word.text.length - 1)}`;
}
