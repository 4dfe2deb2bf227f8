import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import { pastParticiple } from '../english/verb-inflection.js';
import type { Confusion, WordContext } from './context.js';
import { infinitiveWithObject, verbSlotOf, type VerbSlot } from './verb-slot.js';
import { MODALS } from './word-classes.js';

/** Subject pronouns whose present tense is the bare verb. */
const PLAIN_PRESENT_SUBJECTS = new Set(['i', 'we', 'they']);
/** Particles that close the nouns made from phrasal verbs ("backup", "shutdown", "takeover"). */
const PARTICLES = ['up', 'down', 'out', 'off', 'in', 'on', 'back', 'over', 'away', 'around', 'through'];

/**
 * A noun made from a phrasal verb standing where the verb belongs: "can backup your files" (back up),
 * "the plant got shutdown" (shut down), "to setup the system" (set up). The split is the lexicon's: the
 * word must not be a verb itself, and its head must be one in the form the slot calls for.
 */
export function joinedPhrasalVerb(context: WordContext): Confusion | undefined {
  const word = context.word;
  // After "to" the noun reads as the verb only when an object follows ("to backup your files", not "need to backup if").
  const slot = presentAfterPlainSubject(infinitiveWithObject(context) ?? verbSlotOf(context) ?? bareSlotAcrossAdverb(context), context);
  if (!slot || slot.infinitive || slot.form === 'finite' || !/^\p{Ll}+$/u.test(word.text)) return undefined;
  const particle = PARTICLES.find((ending) => word.lower.endsWith(ending) && word.lower.length > ending.length + 1);
  if (!particle) return undefined;
  const own = lexicalTags(word.lower);
  if (own.some((tag) => tag.startsWith('VB'))) return undefined;
  const head = word.lower.slice(0, -particle.length);
  const headTags = lexicalTags(head);
  // A participle slot takes the head only when it is its own participle ("got shutdown" → "shut down");
  // "getting feedback" would need "fed back".
  const fits = slot.form === 'bare' ? headTags.some((tag) => tag === 'VB' || tag === 'VBP') : headTags.includes('VBN') && pastParticiple(head) === head;
  return fits ? { expected: `${head} ${particle}`, why: slot.why, safe: false } : undefined;
}

/**
 * "will never breakup with", "how to properly setup a link": an adverb between a modal (or an
 * infinitive's "to" before an object) and the word leaves the slot a bare verb's.
 */
function bareSlotAcrossAdverb(context: WordContext): VerbSlot | undefined {
  if (context.tag(-1) !== 'RB' || !context.joined(-2, 0)) return undefined;
  const opener = context.lower(-2);
  if (MODALS.has(opener) && context.tag(-2) === 'MD') return { form: 'bare', why: `after “${opener} ${context.lower(-1)}”` };
  const objectFollows = context.tag(1) === 'DT' || context.tag(1) === 'PRP$';
  return opener === 'to' && objectFollows ? { form: 'bare', why: `after “to ${context.lower(-1)}” and before its object` } : undefined;
}

/**
 * "I backup my files", "they breakup every summer": after "I", "we" or "they" the present is the bare
 * verb. Before a noun the word is a modifier ("we backup singers"), and after "he" or "she" the fix
 * would need an -s the noun cannot show, so those stay unreported.
 */
function presentAfterPlainSubject(slot: VerbSlot | undefined, context: WordContext): VerbSlot | undefined {
  if (slot?.form !== 'finite') return slot;
  if (!PLAIN_PRESENT_SUBJECTS.has(context.lower(-1)) || /^NN/.test(context.tag(1) ?? '')) return slot;
  return { form: 'bare', why: slot.why };
}
