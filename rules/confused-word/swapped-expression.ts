import { spokenBand } from '../../src/model/spoken-frequency.js';
import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import { FIXED_EXPRESSIONS } from '../english/fixed-expressions.js';
import type { Word } from '../../src/model/document.js';
import type { Confusion, WordContext } from './context.js';
import { oneEditApart, soundKey } from './sound-key.js';

/** One fixed expression, as lower-case words. */
interface Expression {
  words: readonly string[];
  /** Spoken-frequency band of each word. */
  bands: readonly number[];
  /** The first letter of each word's sound key: a swapped word keeps its first sound ("right"/"rite"). */
  initials: readonly string[];
  text: string;
}

/** An expression seen from one of its two rarest words, which the lookup starts from. */
interface Anchor {
  expression: Expression;
  /** Where the anchor word stands in the expression. */
  at: number;
}

/** Function-word classes: such a word where an expression's word belongs starts a different phrase. */
const FUNCTION_TAGS = /^(IN|DT|TO|CC|PRP|PRP\$|WDT|WP|MD|EX|POS|RP)$/;
/**
 * Words heard this often (about one word in 2^8 of speech, "line", "prize" and rarer stay below) are too
 * common to vouch for an expression alone: "after oil" is not "after all", "of cars" not "of course".
 */
const DISTINCTIVE_BAND = 13;
let anchors: Map<string, Anchor[]> | undefined;

/**
 * Each expression filed under its two rarest content words: a single swapped word leaves at least one
 * of them intact (and only a content word vouches for an expression), and leaving function words out
 * keeps "in" and "of" from pulling expressions in at every turn.
 */
function anchorIndex(): Map<string, Anchor[]> {
  if (anchors) return anchors;
  anchors = new Map();
  for (const text of new Set(FIXED_EXPRESSIONS)) {
    const words = text.split(' ');
    const expression = { words, bands: words.map(spokenBand), initials: words.map((word) => soundKey(word).charAt(0)), text };
    const rarest = expression.bands
      .map((band, at) => ({ at, band }))
      .filter(({ at }) => isContentWord(words[at]!))
      .sort((a, b) => a.band - b.band)
      .slice(0, 2);
    for (const { at } of rarest) {
      const word = expression.words[at]!;
      anchors.set(word, [...(anchors.get(word) ?? []), { expression, at }]);
    }
  }
  return anchors;
}

/**
 * Whether the written word sounds like the expression's word or is one keystroke from it; when only common
 * words vouch for the expression, it must be both ("in vein", not "ever so" for "even so").
 */
function soundsLike(written: string, wanted: string, strict: boolean): boolean {
  const sameSound = soundKey(written) === soundKey(wanted);
  const oneKey = Math.min(written.length, wanted.length) >= (strict ? 2 : 4) && oneEditApart(written, wanted);
  return strict ? sameSound && oneKey : sameSound || oneKey;
}

/** Whether the lexicon's likeliest reading of a word is not a function word's. */
function isContentWord(word: string): boolean {
  return !FUNCTION_TAGS.test(lexicalTags(word)[0] ?? '');
}

/** British and American spellings of one word ("favour", "favor") are the same word. */
function sameWord(a: string, b: string): boolean {
  const american = (word: string) => word.replace(/our/g, 'or').replace(/ise/g, 'ize');
  return american(a) === american(b);
}

/** An expression that a sentence's words match but for one, the word it is aligned on. */
interface NearMatch {
  expression: Expression;
  /** Where in the expression the differing word stands, and the sentence offset of its first word from it. */
  own: number;
  start: number;
}

const nearMatches = new WeakMap<readonly Word[], ReadonlyMap<number, readonly NearMatch[]>>();

/**
 * Every expression a sentence matches but for one word, by that word's index, found once per sentence
 * from the anchors its words hold.
 */
function nearMatchesIn(words: readonly Word[]): ReadonlyMap<number, readonly NearMatch[]> {
  let found = nearMatches.get(words);
  if (found) return found;
  const index = anchorIndex();
  const keys = words.map((word) => anchorKey(word.lower));
  const byWord = new Map<number, NearMatch[]>();
  const align = (position: number, { expression, at }: Anchor) => {
    const first = position - at;
    if (first < 0 || first + expression.words.length > words.length) return;
    let own = -1;
    let differing = 0;
    for (let i = 0; i < expression.words.length && differing < 2; i++) {
      const wanted = expression.words[i]!;
      // An expression opening on a verb may inflect it ("makes sense", "took place"): its first word matches by lemma too.
      if (keys[first + i] === wanted || (i === 0 && words[first]!.lemma === wanted)) continue;
      differing++;
      own = i;
    }
    if (differing !== 1) return;
    const match = { expression, own, start: -own };
    const found = byWord.get(first + own);
    if (found) found.push(match);
    else byWord.set(first + own, [match]);
  };
  for (let position = 0; position < words.length; position++) {
    const key = keys[position]!;
    const lemma = words[position]!.lemma;
    // Most words anchor no expression: one lookup each, and no loop started for them.
    const onWord = index.get(key);
    if (onWord) for (const anchor of onWord) align(position, anchor);
    if (lemma === key) continue;
    const onLemma = index.get(lemma);
    if (onLemma) for (const anchor of onLemma) if (anchor.at === 0) align(position, anchor);
  }
  found = byWord;
  nearMatches.set(words, found);
  return found;
}

/** A word as the anchor index files it: straight apostrophes, no closing one ("wives'"). */
function anchorKey(lower: string): string {
  return lower.includes("'") || lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'").replace(/'$/, '') : lower;
}

/** The expression the word spoils, aligned so that it is the only word that differs, if any. */
function spoiledExpression(context: WordContext): { expression: Expression; wanted: string } | undefined {
  const matches = nearMatchesIn(context.sentenceWords).get(context.word.index);
  if (!matches) return undefined;
  const written = context.lower(0);
  const lemma = context.word.lemma;
  const initials = [soundKey(written).charAt(0), soundKey(lemma).charAt(0)];
  for (const { expression, own, start } of matches) {
    const wanted = expression.words[own]!;
    if (!initials.includes(expression.initials[own]!) || !context.joined(start, start + expression.words.length - 1)) continue;
    // "a sort of curse": function words alone ("of", "in") do not vouch for an expression.
    if (!expression.words.some((word, i) => i !== own && isContentWord(word))) continue;
    // "Peace Prizes": a plural of the expression's own word is no swap.
    if (written === `${wanted}s` || written === `${wanted}es`) continue;
    // "it beggared belief" for "beggars belief": another tense of the expression's own verb.
    if (wanted.endsWith('s') && lemma === wanted.slice(0, -1)) continue;
    const strict = !expression.bands.some((band, i) => i !== own && band <= DISTINCTIVE_BAND);
    // "and so one tends to": after common words only, a last word that a verb or noun follows heads a phrase of its own.
    if (strict && own === expression.words.length - 1 && !context.endsClause(0) && /^(VB|NN|MD)/.test(context.tag(1))) continue;
    if (sameWord(written, wanted) || sameWord(lemma, wanted) || !(soundsLike(written, wanted, strict) || soundsLike(lemma, wanted, strict))) continue;
    // "the roles played by", "it beggared belief": an inflected verb where the expression has a noun is a verb of its own.
    if (/^VB[DNGZ]$/.test(context.word.tag) && !lexicalTags(wanted).some((tag) => tag.startsWith('VB'))) continue;
    // A name in title case ("Noble Prize") keeps its capitals throughout; a lone capital inside a sentence marks a name of its own.
    const words = expression.words.map((_, i) => context.at(start + i)!);
    const capitals = words.filter((word) => word.text !== word.lower).length;
    if (context.word.index > 0 && context.word.text !== context.word.lower && capitals !== words.length) continue;
    // "Free Reign Entertainment": a capitalised expression inside a longer name is that name's.
    const capitalised = (word: Word | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text);
    if (capitals > 0 && capitalised(context.at(start + words.length))) continue;
    // "the Whitbread novel prize": where the word wanted is a name ("Nobel"), a name before the phrase
    // makes it another name's ("a Cherokee right of passage" is still "rite").
    const before = context.at(start - 1);
    if (before !== undefined && before.index > 0 && capitalised(before) && before.tag.startsWith('NNP') && lexicalTags(wanted).length === 0) continue;
    return { expression, wanted: inflectedLike(written, lemma, wanted) };
  }
  return undefined;
}

/**
 * The expression's word given the ending the written word has over its lemma: "tows" → "toes", "towed"
 * → "toed". A written word that already sounds like the expression's ("desserts" for "deserts") keeps it as it is.
 */
function inflectedLike(written: string, lemma: string, wanted: string): string {
  if (!written.startsWith(lemma) || lemma === written || soundKey(written) === soundKey(wanted)) return wanted;
  const ending = written.slice(lemma.length);
  return wanted.endsWith('e') && ending.startsWith('e') ? wanted + ending.slice(1) : wanted + ending;
}

/**
 * A fixed expression with one word swapped for a sound-alike: "of cause", "that being sad", "all for
 * not", "tows the line". The expressions are English's (rules/english/fixed-expressions.ts), not a list
 * of known slips, so a new slip in a listed expression is caught too.
 */
export function swappedExpression(context: WordContext): Confusion | undefined {
  // A function word in an expression's place ("point to the line", "in" for "on") starts another phrase.
  if (FUNCTION_TAGS.test(context.word.tag) || !/^\p{L}/u.test(context.word.text)) return undefined;
  const found = spoiledExpression(context);
  return found && { expected: found.wanted, why: `in “${found.expression.text}”`, safe: false };
}
