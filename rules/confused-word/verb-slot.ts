import type { WordContext } from './context.js';
import { MODALS, startsNounPhrase } from './word-classes.js';

/** Negated "do", which like a modal takes a bare verb. */
const NEGATED_DO = new Set(["don't", "doesn't", "didn't", 'dont', 'doesnt', 'didnt']);
/** Pronouns that are only ever subjects, so a finite verb (or an adverb, a modal) follows them. */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she']);
/** Words whose "to" is an infinitive's ("want to", "able to"), matched by lemma. */
const INFINITIVE_TAKERS = new Set(['want', 'need', 'try', 'decide', 'plan', 'hope', 'expect', 'seem', 'refuse', 'agree', 'promise', 'intend', 'manage', 'fail', 'able', 'unable', 'likely', 'unlikely', 'willing', 'go']);
/** Auxiliaries of the passive and of "get": a participle follows them. */
const PASSIVE_AUXILIARIES = new Set(['got', 'get', 'gets', 'getting', 'gotten', 'been', 'being']);

/** Every word that can open a verb slot: most words open none, and one lookup rules them out. */
const SLOT_OPENERS = new Set([...MODALS, ...NEGATED_DO, ...PASSIVE_AUXILIARIES, ...SUBJECT_PRONOUNS, 'to']);

/** Which verb form the words before a word call for. */
export type VerbForm = 'bare' | 'finite' | 'participle';

/** A verb slot: the form the words before call for, and how a message names it. */
export interface VerbSlot {
  form: VerbForm;
  why: string;
  /** The slot follows an infinitive's "to" ("want to"), where a noun may also follow ("need to backup" in some usage). */
  infinitive?: boolean;
}

/** Whether readings, likeliest first, usually fill a slot of `form`: an adverb fills any of them. */
export function fillsVerbSlot(form: VerbForm, tags: readonly string[]): boolean {
  const first = tags[0] ?? '';
  if (first === 'RB') return true;
  if (form === 'bare') return /^(VB|VBP)$/.test(first);
  if (form === 'participle') return first === 'VBN' || (first === 'VBD' && tags.includes('VBN'));
  // "heard" is listed as a participle first, but its past reading fills a subject's verb slot as well.
  return /^(VB|VBD|VBP|VBZ|MD)$/.test(first) || (first === 'VBN' && tags.includes('VBD'));
}

/**
 * The verb slot a word stands in, judged from the words before it, which a slip in the word itself
 * cannot have disturbed: after a modal or negated "do" a bare verb, after a subject pronoun a finite
 * verb, after "got" or "been" a participle.
 */
export function verbSlotOf(context: WordContext): VerbSlot | undefined {
  const before = context.lower(-1);
  if (!SLOT_OPENERS.has(before)) return undefined;
  // "promised to cleanup": "to" after a word that takes an infinitive ("going to", not "went to").
  if (before === 'to' && INFINITIVE_TAKERS.has(context.at(-2)?.lemma ?? '') && (context.lower(-2) !== 'going' || context.tag(-2) === 'VBG') && context.joined(-2, 0)) {
    return { form: 'bare', why: `after “${context.lower(-2)} to”`, infinitive: true };
  }
  const opener = MODALS.has(before) || NEGATED_DO.has(before) || PASSIVE_AUXILIARIES.has(before) || SUBJECT_PRONOUNS.has(before);
  if (!opener || !context.joined(-1, 0)) return undefined;
  // "All Might sat", "in May": a capitalised modal inside a sentence is a name.
  if (MODALS.has(before) && context.at(-1)!.index > 0 && context.at(-1)!.text !== before) return undefined;
  if ((MODALS.has(before) && context.tag(-1) === 'MD') || NEGATED_DO.has(before)) return { form: 'bare', why: `after “${before}”` };
  if (PASSIVE_AUXILIARIES.has(before)) return { form: 'participle', why: `after “${before}”` };
  if (!SUBJECT_PRONOUNS.has(before)) return undefined;
  // "World War I veterans", "Part I": a capital before "I" makes it a numeral.
  const previous = context.at(-2);
  if (before === 'i' && (context.at(-1)!.text !== 'I' || (previous !== undefined && /^\p{Lu}/u.test(previous.text)))) return undefined;
  // "How do I thin the paint?": after an inverted auxiliary the verb is bare, and any verb reading fills it.
  if (context.tag(-2) === 'MD' || /^(do|does|did)$/.test(context.lower(-2))) return undefined;
  return { form: 'finite', why: `after the subject “${context.at(-1)!.text}”` };
}

/** An infinitive with an object after it ("to backup your files"): "to" before a noun phrase's start. */
export function infinitiveWithObject(context: WordContext): VerbSlot | undefined {
  if (context.lower(-1) !== 'to' || !context.joined(-1, 1)) return undefined;
  return startsNounPhrase(context.lower(1), context.tag(1)) ? { form: 'bare', why: 'after “to” and before its object' } : undefined;
}
