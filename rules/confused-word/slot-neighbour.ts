import { spokenBand } from '../../src/model/spoken-frequency.js';
import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import type { Confusion, WordContext } from './context.js';
import { oneEditAway } from './one-edit-away.js';
import { fillsVerbSlot, verbSlotOf, type VerbForm } from './verb-slot.js';

/**
 * How many bands (powers of two) more often the replacement must be heard than the word itself: a real
 * word one keystroke from a far commoner word that fits is likelier a slip than a choice ("knot"/"not").
 */
const FREQUENCY_GAP = 5;
/**
 * The gap when the lexicon lists a less likely reading of the word that does fill the slot: "will gain",
 * "would fund" and "could fuel" are verbs there, so only a far wider gap, and "not" ("should knot"), make a
 * slip likelier.
 */
const SECONDARY_READING_GAP = 8;
/**
 * Closed-class readings: a conjunction, determiner or interjection in a verb slot is a construction, not
 * a slip ("neither we nor they", "trying to gee himself up").
 */
const CLOSED_CLASS = /^(CC|DT|IN|PRP|PRP\$|WDT|WP|WRB|TO|EX|PDT|UH)$/;
/** Negated auxiliaries written without their apostrophe ("dont", "cant", "wont"). */
const APOSTROPHE_LOST = /^(do|does|did|ca|wo|is|was|are|were|could|would|should|has|have|had|must|need|sha|ai)nt$/;
/** Whether a replacement supplies what the slot lacks: a verb, or "not" after a modal ("should knot"); "I herd" is not "I here". */
function suppliesVerb(form: VerbForm, text: string): boolean {
  const tags = lexicalTags(text);
  return fillsVerbSlot(form, tags) && (tags[0] !== 'RB' || (form === 'bare' && text === 'not'));
}

/**
 * A real word in a verb slot its usual reading cannot fill, one keystroke from a far commoner word that
 * fills it: "should knot" (not), "I herd" (heard), "must admin" (admit). The frequency gap spares words
 * that are common in their own right ("we all", "they sell").
 */
export function slotNeighbour(context: WordContext): Confusion | undefined {
  const word = context.word;
  const slot = verbSlotOf(context);
  if (!slot || !/^\p{Ll}+$/u.test(word.text)) return undefined;
  const key = `${slot.form} ${word.lower}`;
  let replacements = verdicts.get(key);
  if (replacements === undefined) {
    replacements = replacementsFor(word.lower, slot.form);
    // Bounded so that a long-running server does not grow the memo without end.
    if (verdicts.size < 50_000) verdicts.set(key, replacements);
  }
  const [expected, ...alternatives] = replacements;
  return expected ? { expected, alternatives, why: slot.why, safe: false } : undefined;
}

/** Whether the lexicon knows a regular past form of the word ("axed", "awed", "conned"). */
function hasRegularPast(lower: string): boolean {
  const pasts = [`${lower}ed`, `${lower}d`, `${lower}${lower.at(-1)}ed`];
  return pasts.some((past) => lexicalTags(past).some((tag) => tag === 'VBD' || tag === 'VBN'));
}

/** Verdicts by slot form and word: most words in a verb slot recur, and each verdict needs the lexicon. */
const verdicts = new Map<string, readonly string[]>();

/** The words, commonest first, that a word in a slot of `form` is likely a slip for; `[]` when it fills the slot. */
function replacementsFor(lower: string, form: VerbForm): readonly string[] {
  const own = lexicalTags(lower);
  // A word neither the lexicon nor the frequency list knows is jargon or a misspelling ("demerge"), the spell-checker's to judge.
  if (own.length === 0 && spokenBand(lower) === 0) return [];
  if (own.length > 0 && (fillsVerbSlot(form, own) || CLOSED_CLASS.test(own[0]!))) return [];
  // "I dont", "I cant see": a contraction without its apostrophe is missing-apostrophe's, with "don't" as its fix.
  if (APOSTROPHE_LOST.test(lower)) return [];
  // "They dos it", "He pleas for": a plural noun after a subject is a verb misspelt, not a real word swapped.
  if (form === 'finite' && own[0] === 'NNS') return [];
  // "will axe", "would awe": a past tense the lexicon knows makes a word it lists only as a noun a verb too.
  if (form !== 'participle' && own.length > 0 && own.every((tag) => tag === 'NN') && hasRegularPast(lower)) return [];
  const secondary = own.some((tag, i) => /^(VB|MD)/.test(tag) && fillsVerbSlot(form, own.slice(i)));
  const floor = spokenBand(lower) + (secondary ? SECONDARY_READING_GAP : FREQUENCY_GAP);
  return [...oneEditAway(lower)]
    // A word that can itself be a verb fills the slot in its own right ("may fare", "will reel", "should
    // seed"): only "not", a negation the writer meant, outweighs that ("should knot").
    .filter((text) => (!secondary || text === 'not') && spokenBand(text) >= floor && suppliesVerb(form, text))
    .map((text) => ({ text, band: spokenBand(text) }))
    .sort((a, b) => b.band - a.band || (a.text < b.text ? -1 : 1))
    .map(({ text }) => text);
}
