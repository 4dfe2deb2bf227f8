import type { Rule, RuleContext } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { adjacent } from './english/gaps.js';
import { MEASURE_ADJECTIVES } from './english/measure-units.js';
import { ADVICES_VERB_SLOT, INVARIABLE_NOUNS, MASS_NOUNS, PLURALISED_MASS_NOUNS, STRICT_MASS_NOUNS, pluralOf } from './english/noun-countability.js';

/** `determiner-noun-number` has no options. */
export type Options = Record<string, never>;

/** Quantifiers that count (“many problems”), with what a mass noun takes instead. */
const COUNTING: Readonly<Record<string, string | undefined>> = {
  many: 'much', few: 'little', several: 'some', numerous: 'much', various: undefined, both: undefined, these: 'this', those: 'that',
};
/** Meals, which "have" and "eat" take without an article ("had breakfast"); "had a tea" is a cup of it. */
const MEALS = new Set(['breakfast', 'lunch', 'dinner', 'supper', 'brunch']);
/** Round numbers in the plural, which count on their own ("hundreds of people") but not after a number ("a hundred people"). */
const PLURAL_ROUND_NUMBERS = new Set(['hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens']);
const NUMBERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundreds', 'thousands', 'millions']);
const MODIFIER = /^(JJ|JJR|RB|VBN)$/;
/** Adjectives that open a quantity rather than describe the noun ("a few", "a great many", "a little money"). */
const QUANTITY_WORDS = new Set(['few', 'many', 'little', 'lot', 'couple', 'dozen', 'number', 'whole', 'further', 'additional', 'extra', 'mere', 'record', 'total', 'estimated', 'other', 'more', 'much', 'such']);
/** Words after a mass noun that make it a modifier or an idiom ("an information desk", "a knowledge of"). */
const MASS_IDIOM_AFTER = new Set(['of', 'with', 'between', 'that', 'to']);
const FINITE = /^(VBD|VBZ|VBP|MD)$/;
/** Determiners of one thing, which a mass noun does not take ("every advice"); "fewer" counts too. */
const SINGLE_COUNT = new Set(['every', 'each', 'another', 'one', 'fewer']);
/** Group nouns that "one of the" takes in the singular ("one of the family", "one of the team"). */
const GROUPS = new Set(['team', 'family', 'group', 'gang', 'crowd', 'band', 'squad', 'class', 'party', 'crew', 'club', 'committee', 'board', 'lot', 'best', 'few', 'rest', 'world', 'year', 'day', 'week', 'month']);
/** Quantifiers that take "of" only before a definite phrase: "most of the students", "all of them". */
const PARTS = new Set(['all', 'most', 'some', 'many', 'few', 'several', 'none', 'each', 'both', 'half', 'any']);
/** Every word a check starts from (figures aside): most words start none, which one set lookup tells. */
const STARTS = new Set([
  'a', 'an', 'few', 'much', 'this', 'of', 'the', 'lot',
  ...Object.keys(COUNTING), ...NUMBERS, ...PLURAL_ROUND_NUMBERS, ...SINGLE_COUNT, ...Object.keys(PLURALISED_MASS_NOUNS),
]);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'can', 'may', 'must']);
/** Vague counts that an exact number cannot follow ("several two hosts"); "several dozen", "many thousands" are fine. */
const VAGUE_QUANTIFIERS = new Set(['several', 'many', 'numerous']);
/** Spelled-out small numbers, lower-case: a capital or a figure may start a name or a year ("many 2020 candidates"). */
const SMALL_NUMBERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
/** Nouns of time that follow a number as adverbs ("from ten tomorrow"). */
const TIME_WORDS = new Set(['today', 'tonight', 'tomorrow', 'yesterday']);

/**
 * A noun whose number or countability disagrees with its determiner: a plural after "a" ("a wooden
 * desks"), a singular after a counting word ("many problem", "these error are", "five book"), a plural
 * after "much" or "this" ("much people", "this errors are"), and a mass noun counted ("an advice",
 * "many information", "equipments"). The noun must end its phrase, so compounds ("a sports car", "many
 * wine bars") are left alone, as are nouns whose number their form does not show ("a series", "these
 * sheep", "these staff").
 */
export const determinerNounNumber: Rule<Options> = {
  meta: {
    id: 'determiner-noun-number',
    kind: 'grammar',
    description: 'A noun whose number or countability disagrees with its determiner ("a desks", "many information")',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: {
      'plural-after-singular': 'Unexpected plural “{{noun}}” after “{{determiner}}”{{hint}}',
      'singular-after-plural': 'Unexpected singular “{{noun}}” after “{{determiner}}”{{hint}}',
      'mass-counted': '“{{noun}}” is uncountable: unexpected “{{determiner}}” before it{{hint}}',
      'mass-plural': '“{{noun}}” is uncountable and has no plural, expected “{{expected}}”',
      'bare-plural-after-of': 'Unexpected “{{actual}}” without “the”, expected “{{expected}}”',
      'missing-of': 'Unexpected “{{actual}}” without “of”, expected “{{expected}}”',
      'meal-article': 'Unexpected “a” before the meal “{{noun}}” after “{{verb}}”, expected “{{noun}}”',
      'quantifier-and-number': 'Unexpected “{{quantifier}}” before the number “{{number}}”: one count is enough',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        for (const word of sentence.words) {
          if (word.tag !== 'CD' && !STARTS.has(word.lower)) continue;
          // "on Five", "Serie A": a capitalised determiner inside a sentence is part of a name.
          const determiner = word.lower === 'a' || word.lower === 'an' || word.lower in COUNTING || NUMBERS.has(word.lower);
          if (word.quoted || (word.index > 0 && word.text !== word.lower && determiner)) continue;
          const singular = PLURALISED_MASS_NOUNS[word.lower];
          if (singular !== undefined) {
            if (word.lower === 'advices' && ADVICES_VERB_SLOT.test(sentence.words[word.index - 1]?.tag ?? '')) continue;
            context.report({ messageId: 'mass-plural', data: { noun: word.text, expected: singular }, node: word, actual: word.text, expected: [matchCase(singular, word.text)] });
            continue;
          }
          const lower = word.lower;
          if (PLURAL_ROUND_NUMBERS.has(lower)) checkCountedRoundNumber(sentence, word);
          if (VAGUE_QUANTIFIERS.has(lower)) checkQuantifierBeforeNumber(sentence, word);
          if (lower === 'a' || lower === 'an') checkArticle(context, sentence, word);
          else if (lower in COUNTING && !(lower === 'few' && sentence.words[word.index - 1]?.lower === 'a')) checkCounting(context, sentence, word, COUNTING[lower]);
          else if (lower === 'few' || NUMBERS.has(lower) || countingFigure(sentence, word, document)) checkCounting(context, sentence, word, lower === 'few' ? 'little' : undefined);
          else if (lower === 'much') checkMuch(context, sentence, word);
          else if (lower === 'this') checkThis(context, sentence, word);
          else if (lower === 'of' && sentence.words[word.index - 1]?.lower === 'number') checkCounting(context, sentence, word, undefined);
          else if (lower === 'of' && PARTS.has(sentence.words[word.index - 1]?.lower ?? '')) checkBarePlural(context, sentence, word);
          else if (lower === 'the' && isOneOf(sentence, word)) checkOneOfThe(context, sentence, word);
          else if (SINGLE_COUNT.has(lower)) checkMassCounted(context, sentence, word);
          else if (lower === 'lot' && sentence.words[word.index - 1]?.lower === 'a') checkLotWithoutOf(context, sentence, word);
        }
      },
    };

    /**
     * "We had a breakfast in the hotel": meals eaten take no article ("had breakfast"), unless an adjective
     * describes the meal ("had a late breakfast") or the meal is an event ("a dinner for 200 guests",
     * "a dinner with the president", "a breakfast of eggs", "a lunch meeting").
     */
    function checkMealArticle(sentence: Sentence, article: Word): void {
      const [verb, meal, after] = [sentence.words[article.index - 1], sentence.words[article.index + 1], sentence.words[article.index + 2]];
      if (!verb || !meal || article.lower !== 'a' || !MEALS.has(meal.lower) || !/^(have|eat|grab)$/.test(verb.lemma) || !/^VB/.test(verb.tag)) return;
      if (!adjacent(document, verb, article) || !adjacent(document, article, meal) || article.quoted) return;
      if (after && adjacent(document, meal, after) && !(after.tag === 'IN' && !/^(of|with|for)$/.test(after.lower))) return;
      const range = { start: article.start, end: meal.end };
      context.report({ messageId: 'meal-article', data: { noun: meal.text, verb: verb.text }, range, actual: document.textOf(range), expected: [meal.text] });
    }

    /**
     * "a hundreds people", "one millions ants", "two dozens of eggs": after "a" or a number a round number
     * stays singular. "the eighteen hundreds" names a century and is left alone, and so is a count with
     * nothing counted after it ("rose to 21 millions").
     */
    function checkCountedRoundNumber(sentence: Sentence, round: Word): void {
      const count = sentence.words[round.index - 1];
      if (!count || !adjacent(document, count, round) || round.text !== round.lower) return;
      const counts = /^(a|an|one)$/.test(count.lower) || (count.tag === 'CD' && !PLURAL_ROUND_NUMBERS.has(count.lower) && sentence.words[count.index - 1]?.lower !== 'the');
      if (!counts || /^(tens|hundreds|thousands)$/.test(count.lower)) return;
      // "up to 21 millions by 1966" counts on its own, an old usage; before what is counted it is a slip.
      const next = sentence.words[round.index + 1];
      const counted = next !== undefined && adjacent(document, round, next) && (/^(NN|NNS|JJ)$/.test(next.tag) || /^(of|worth)$/.test(next.lower));
      if (count.tag === 'CD' && !/^(one|1)$/.test(count.lower) && !counted) return;
      reportNoun(count, round, 'plural-after-singular', count.text, round.lower.slice(0, -1));
    }

    /** "a wooden desks", "an advice", "a good knowledge is". */
    function checkArticle(context: RuleContext, sentence: Sentence, article: Word): void {
      checkMealArticle(sentence, article);
      const head = headAfter(sentence, article, document);
      if (!head || head.text !== head.lower || INVARIABLE_NOUNS.has(head.lower)) return;
      const after = sentence.words[head.index + 1];
      if (after && adjacent(document, head, after) && continuesPhrase(after)) return;
      if (MASS_NOUNS.has(head.lower)) {
        if (after && idiomAfterMass(sentence, head, after)) return;
        const range = { start: article.start, end: head.end };
        const rest = document.textOf({ start: sentence.words[article.index + 1]!.start, end: head.end });
        const expected = article.text[0] === 'A' ? rest[0]!.toUpperCase() + rest.slice(1) : rest;
        context.report({ messageId: 'mass-counted', data: { noun: head.text, determiner: article.text, hint: '' }, range, actual: document.textOf(range), expected: [expected] });
        return;
      }
      // "an investors' conference": a plural possessive modifies what follows.
      if (/^['’]/.test(document.source.slice(head.end, head.end + 1))) return;
      const readings = lexicalTags(head.lower);
      if (head.tag !== 'NNS' || head.lemma === head.lower || readings.includes('NN') || readings.includes('VBZ') || !readings.includes('NNS')) return;
      const singular = lexicalTags(head.lemma).includes('NN') ? head.lemma : undefined;
      reportNoun(article, head, 'plural-after-singular', article.text, singular);
    }

    /** "many problem", "these error are", "five book", "many information". */
    function checkCounting(context: RuleContext, sentence: Sentence, determiner: Word, massDeterminer: string | undefined): void {
      // "a four month low", "number three operator": a number inside a compound or a name.
      const before = sentence.words[determiner.index - 1];
      if (NUMBERS.has(determiner.lower) && before && /^(a|an|number|no)$/.test(before.lower)) return;
      const head = headAfter(sentence, determiner, document);
      // "two hour-long collections" is fine, and so is "the two hour-long collection": a hyphenated measure may modify the noun.
      if (head && sentence.words.slice(determiner.index + 1, head.index).some((word) => word.text.includes('-'))) return;
      if (!head || head.tag !== 'NN' || head.text !== head.lower || head.lemma !== head.lower || INVARIABLE_NOUNS.has(head.lower)) return;
      // "both safe against exploits and fast": "both … and" joins two phrases of any kind.
      if (determiner.lower === 'both' && sentence.words.slice(head.index + 1).some((word) => word.lower === 'and')) return;
      if (/s$/.test(head.lower) || isGerund(head) || TIME_WORDS.has(head.lower) || !/[aeiouy]/.test(head.lower) || head.lower.length < 3) return;
      const readings = lexicalTags(head.lower);
      // A mass noun the lexicon lacks ("info", "firmware") is still a noun.
      if (readings.includes('NNS') || !(readings.includes('NN') || MASS_NOUNS.has(head.lower))) return;
      const after = sentence.words[head.index + 1];
      const joined = after !== undefined && adjacent(document, head, after);
      // "many wine and cheese bars" continues the phrase; "many wine and a lot of beer" starts another after "and"
      // ("both parliament and the council" pairs two phrases with "both… and").
      const newPhrase = determiner.lower !== 'both' && after?.tag === 'CC' && /^(DT|PRP|PRP\$|EX)$/.test(sentence.words[head.index + 2]?.tag ?? '');
      if (joined && !newPhrase && (continuesPhrase(after) || MEASURE_ADJECTIVES.has(after.lower))) return;
      // "Few doubt that…", "the two clash": a counting word can stand alone before a verb.
      const verbReading = readings.some((tag) => tag === 'VB' || tag === 'VBP');
      // A number with no article before it counts what follows, so a word that is first of all a noun
      // ends the phrase there ("has five book.", "five book on the shelf").
      const countedNoun = determiner.tag === 'CD' && readings[0] === 'NN' && !/^(DT|PRP\$|PRP|PDT)$/.test(before?.tag ?? '') && (!joined || /^(IN|TO)$/.test(after.tag));
      if (verbReading && !countedNoun && !(joined && FINITE.test(after.tag))) return;
      // "those close to him", "these present": a pronoun "these"/"those" with a word after it.
      if ((determiner.lower === 'these' || determiner.lower === 'those') && !(after === undefined || !joined || FINITE.test(after.tag) || after.lower === 'of')) return;
      const range = { start: determiner.start, end: head.end };
      if (MASS_NOUNS.has(head.lower)) {
        const expected = massDeterminer === undefined ? [] : [`${matchCase(massDeterminer, determiner.text)}${document.textOf({ start: determiner.end, end: head.end })}`];
        context.report({ messageId: 'mass-counted', data: { noun: head.text, determiner: determiner.text, hint: expected.length ? `, expected “${massDeterminer}”` : '' }, range, actual: document.textOf(range), expected });
        return;
      }
      reportNoun(determiner, head, 'singular-after-plural', determiner.lower === 'of' ? 'a number of' : determiner.text, pluralOf(head.lower));
    }

    /** "most of students" → "most of the students" or "most students". */
    function checkBarePlural(context: RuleContext, sentence: Sentence, of: Word): void {
      const part = sentence.words[of.index - 1]!;
      const head = headAfter(sentence, of, document);
      // "make the most of apples": "the most" is a noun phrase of its own.
      if (sentence.words[part.index - 1]?.lower === 'the') return;
      if (!head || head.index !== of.index + 1 || !adjacent(document, part, of) || part.quoted) return;
      if (head.tag !== 'NNS' || head.text !== head.lower || head.lemma === head.lower || INVARIABLE_NOUNS.has(head.lower)) return;
      const after = sentence.words[head.index + 1];
      if (after && adjacent(document, head, after) && continuesPhrase(after)) return;
      const range = { start: part.start, end: head.end };
      const actual = document.textOf(range);
      const expected = [`${part.text} of the ${head.text}`, `${part.text} ${head.text}`];
      context.report({ messageId: 'bare-plural-after-of', data: { actual, expected: expected[0]! }, range, actual, expected });
    }

    /** Reports the phrase from its determiner to its noun, suggesting the noun in the other number. */
    function reportNoun(determiner: Word, head: Word, messageId: string, label: string, replacement: string | undefined): void {
      const range = { start: determiner.start, end: head.end };
      const hint = replacement ? `, expected “${replacement}”` : '';
      const expected = replacement ? [`${document.textOf({ start: determiner.start, end: head.start })}${replacement}`] : [];
      context.report({ messageId, data: { noun: head.text, determiner: label, hint }, range, actual: document.textOf(range), expected });
    }

    /** "one of the neat trick" → "tricks". */
    function checkOneOfThe(context: RuleContext, sentence: Sentence, the: Word): void {
      let head = sentence.words[the.index + 1];
      while (head && /^(JJ|JJR|JJS|RB|RBS|VBN)$/.test(head.tag) && head.text === head.lower) head = sentence.words[head.index + 1];
      if (!head || head.tag !== 'NN' || head.text !== head.lower || INVARIABLE_NOUNS.has(head.lower) || GROUPS.has(head.lower) || MASS_NOUNS.has(head.lower)) return;
      if (sentence.words.slice(the.index, head.index + 1).some((word, k) => k > 0 && !adjacent(document, sentence.words[the.index + k - 1]!, word))) return;
      const after = sentence.words[head.index + 1];
      if (after && adjacent(document, head, after) && (continuesPhrase(after) || MEASURE_ADJECTIVES.has(after.lower))) return;
      if (/s$/.test(head.lower) || isGerund(head)) return;
      const plural = pluralOf(head.lower);
      if (plural === undefined) return;
      context.report({ messageId: 'singular-after-plural', data: { noun: head.text, determiner: 'one of the', hint: `, expected “${plural}”` }, node: head, actual: head.text, expected: [plural] });
    }

    /** "every advice", "one software", "fewer information"; "each students", "another things". */
    function checkMassCounted(context: RuleContext, sentence: Sentence, determiner: Word): void {
      const head = headAfter(sentence, determiner, document);
      if (head && /^(each|every|another)$/.test(determiner.lower) && !determiner.quoted) checkSingleCounted(sentence, determiner, head);
      if (!head || !MASS_NOUNS.has(head.lower) || head.text !== head.lower || determiner.quoted) return;
      const after = sentence.words[head.index + 1];
      if (after && adjacent(document, head, after) && (continuesPhrase(after) || idiomAfterMass(sentence, head, after))) return;
      // "one of…" and "each other" do not reach here: the head must follow directly.
      const range = { start: determiner.start, end: head.end };
      const less = determiner.lower === 'fewer';
      const expected = less ? [`${matchCase('less', determiner.text)}${document.textOf({ start: determiner.end, end: head.end })}`] : [];
      context.report({ messageId: 'mass-counted', data: { noun: head.text, determiner: determiner.text, hint: less ? ', expected “less”' : '' }, range, actual: document.textOf(range), expected });
    }

    /** "each students", "another things": these count one at a time; "each carries" has a verb, not a noun. */
    function checkSingleCounted(sentence: Sentence, determiner: Word, head: Word): void {
      const readings = lexicalTags(head.lower);
      if (head.tag !== 'NNS' || head.text !== head.lower || head.lemma === head.lower || INVARIABLE_NOUNS.has(head.lower) || !readings.includes('NNS')) return;
      // "each carries", "Each plays a role": a verb after a pronoun "each" ("every" is never one); a word read first as a plural
      // noun with no object after it is the noun ("every employees in", "Each times I visit").
      const object = /^(DT|PRP\$|CD)$/.test(sentence.words[head.index + 1]?.tag ?? '') || /^(me|him|her|us|them|it|to)$/.test(sentence.words[head.index + 1]?.lower ?? '');
      if (readings.includes('VBZ') && (readings[0] !== 'NNS' || (object && determiner.lower !== 'every') || head.index !== determiner.index + 1)) return;
      // "each other's efforts": the plural belongs to the reciprocal's possessive.
      if (/^other/.test(sentence.words[determiner.index + 1]!.lower)) return;
      const after = sentence.words[head.index + 1];
      if (after && adjacent(document, head, after) && continuesPhrase(after)) return;
      if (/^['’]/.test(document.source.slice(head.end, head.end + 1))) return;
      reportNoun(determiner, head, 'plural-after-singular', determiner.text, lexicalTags(head.lemma).includes('NN') ? head.lemma : undefined);
    }

    /** "several two hosts", "many three cases": a vague count and an exact one before the same plural. */
    function checkQuantifierBeforeNumber(sentence: Sentence, quantifier: Word): void {
      const [number, noun, after] = [1, 2, 3].map((k) => sentence.words[quantifier.index + k]);
      if (!number || !noun || !SMALL_NUMBERS.has(number.text) || noun.tag !== 'NNS' || noun.text !== noun.lower || quantifier.quoted) return;
      if (!adjacent(document, quantifier, number) || !adjacent(document, number, noun)) return;
      // "many ten pence coins": the plural modifies a noun after it ("several two hosts being down" has a participle).
      if (after && adjacent(document, noun, after) && /^(NN|NNS|NNP|NNPS|POS)$/.test(after.tag)) return;
      const range = { start: quantifier.start, end: noun.end };
      const expected = [matchCase(document.textOf({ start: number.start, end: noun.end }), quantifier.text), `${quantifier.text} ${noun.text}`];
      context.report({ messageId: 'quantifier-and-number', data: { quantifier: quantifier.text, number: number.text }, range, actual: document.textOf(range), expected });
    }

    /** "a lot people" → "a lot of people". */
    function checkLotWithoutOf(context: RuleContext, sentence: Sentence, lot: Word): void {
      const head = sentence.words[lot.index + 1];
      if (!head || !adjacent(document, lot, head) || !/^(NN|NNS)$/.test(head.tag) || head.text !== head.lower || lot.quoted) return;
      if (TIME_WORDS.has(head.lower) || lexicalTags(head.lower).some((tag) => /^(RB|JJ|JJR|RBR)$/.test(tag))) return;
      const article = sentence.words[lot.index - 1]!;
      const range = { start: article.start, end: head.end };
      const expected = `${article.text} lot of ${head.text}`;
      context.report({ messageId: 'missing-of', data: { actual: document.textOf(range), expected }, range, actual: document.textOf(range), expected: [expected] });
    }

    /** "much people", "much problems". */
    function checkMuch(context: RuleContext, sentence: Sentence, much: Word): void {
      const head = sentence.words[much.index + 1];
      if (!head || !adjacent(document, much, head) || head.tag !== 'NNS' || head.text !== head.lower || INVARIABLE_NOUNS.has(head.lower) && head.lower !== 'people') return;
      const readings = lexicalTags(head.lower);
      if (readings.includes('VBZ') || readings.includes('NN')) return;
      const after = sentence.words[head.index + 1];
      if (after && adjacent(document, head, after) && continuesPhrase(after)) return;
      context.report({ messageId: 'plural-after-singular', data: { noun: head.text, determiner: much.text, hint: ', expected “many”' }, node: much, actual: much.text, expected: [matchCase('many', much.text)] });
    }

    /** "this errors are", "find this errors?". */
    function checkThis(context: RuleContext, sentence: Sentence, determiner: Word): void {
      const head = sentence.words[determiner.index + 1];
      if (!head || !adjacent(document, determiner, head)) return;
      if (head.tag !== 'NNS' || head.text !== head.lower || head.lemma === head.lower || INVARIABLE_NOUNS.has(head.lower)) return;
      const verb = sentence.words[determiner.index + 2];
      // "this costs", "this means": a plural-looking word that may be the verb of "this".
      const closesSentence = verb === undefined && !lexicalTags(head.lower).includes('VBZ');
      if (!closesSentence && !(verb && adjacent(document, head, verb) && /^(are|were|have)$/.test(verb.lower))) return;
      context.report({ messageId: 'plural-after-singular', data: { noun: head.text, determiner: determiner.text, hint: ', expected “these”' }, node: determiner, actual: determiner.text, expected: [matchCase('these', determiner.text)] });
    }
  },
};

/**
 * A figure that counts the noun straight after it ("have 500 chapters"): two or more, right after a verb.
 * Elsewhere a figure before a singular is an amount ("a £50,000 prize"), a label ("its new 777 plane"),
 * a range ("a 4 to 3 vote") or a year ("the 2004 model").
 */
function countingFigure(sentence: Sentence, word: Word, document: NewsDocument): boolean {
  if (word.tag !== 'CD' || !/^\d{1,3}(,\d{3})*$/.test(word.text) || Number(word.text.replace(/,/g, '')) < 2) return false;
  // "a proposed £500,000 move": an amount of money modifies the noun.
  if (/[£$€¥]$/.test(document.source.slice(Math.max(0, word.start - 1), word.start))) return false;
  const before = sentence.words[word.index - 1];
  const head = sentence.words[word.index + 1];
  return before !== undefined && /^VB/.test(before.tag) && head?.tag === 'NN';
}

/**
 * Whether the word after a counted mass noun makes an idiom of it or shows a count sense ("a knowledge of",
 * "a courage born of despair", "an accommodation with"); nouns with no count sense take none, though a
 * participle after them may join them into a modifier.
 */
function idiomAfterMass(sentence: Sentence, noun: Word, after: Word): boolean {
  const participle = /^VB[DN]$/.test(after.tag);
  if (!STRICT_MASS_NOUNS.has(noun.lower)) return participle || MASS_IDIOM_AFTER.has(after.lower);
  // "a software rendered game": an unhyphenated compound modifier before its noun.
  return participle && /^(NN|NNS|JJ)$/.test(sentence.words[after.index + 1]?.tag ?? '');
}

/** "standing", "making", "running": an -ing word made from a verb the lexicon knows ("thing" is not). */
function isGerund(word: Word): boolean {
  const stem = /^(.+)ing$/.exec(word.lower)?.[1];
  if (stem === undefined) return false;
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].some((base) => lexicalTags(base).includes('VB'));
}

/** "one of the": word `the` after "one of". */
function isOneOf(sentence: Sentence, the: Word): boolean {
  return sentence.words[the.index - 1]?.lower === 'of' && sentence.words[the.index - 2]?.lower === 'one';
}

/** The noun a determiner governs: the first word after its adjectives, when only spaces lie between. */
function headAfter(sentence: Sentence, determiner: Word, document: NewsDocument): Word | undefined {
  let word = sentence.words[determiner.index + 1];
  let previous = determiner;
  while (word && adjacent(document, previous, word) && MODIFIER.test(word.tag) && !QUANTITY_WORDS.has(word.lower) && !MEASURE_ADJECTIVES.has(word.lower)) {
    previous = word;
    word = sentence.words[word.index + 1];
  }
  if (!word || !adjacent(document, previous, word) || !/^(NN|NNS)$/.test(word.tag)) return undefined;
  return word;
}

/**
 * A word after a noun that shows the noun is not the head: another noun or modifier ("three deputy prime
 * ministers"), a possessive, "and", or a word the tagger read as a verb that the lexicon knows as a noun
 * ("a ratings hit", "a progress check").
 */
function continuesPhrase(word: Word): boolean {
  if (nounLike(word) || /^(POS|CC|JJ|JJR|JJS)$/.test(word.tag)) return true;
  return /^VB/.test(word.tag) && !AUXILIARIES.has(word.lower) && lexicalTags(word.lower).some((tag) => tag === 'NN' || tag === 'NNS');
}

/** A word that continues a noun phrase: a noun (the tagger may read "licences" as a verb), a name or a number. */
function nounLike(word: Word): boolean {
  if (/^(NN|NNS|NNP|NNPS|CD|VBG)$/.test(word.tag)) return true;
  if (word.tag !== 'VBZ' || AUXILIARIES.has(word.lower)) return false;
  return lexicalTags(word.lower).includes('NNS') || lexicalTags(word.lemma).includes('NN');
}

/** `word` with the first letter's case of `model`. */
function matchCase(word: string, model: string): string {
  return model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}
