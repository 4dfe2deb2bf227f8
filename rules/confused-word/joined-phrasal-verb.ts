import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import { pastParticiple } from '../english/verb-inflection.js';
import type { Confusion, WordContext } from './context.js';
import { infinitiveWithObject, verbSlotOf, type VerbSlot } from './verb-slot.js';
import { MODALS } from './word-classes.js';

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
  const slot = infinitiveWithObject(context) ?? verbSlotOf(context) ?? bareSlotAcrossAdverb(context);
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
