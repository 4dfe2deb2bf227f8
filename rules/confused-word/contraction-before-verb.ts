import type { Confusion, WordContext } from './context.js';

/** A pronoun joined to "is", "are" or "has", and the word meant when a finite verb follows it. */
const CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ["they're", 'there'], ["it's", 'it'], ["he's", 'he'], ["she's", 'she'], ["who's", 'who'], ["that's", 'that'],
  ["there's", 'there'], ["you're", 'you'], ["we're", 'we'], ["what's", 'what'],
]);
const BE = new Set(['is', 'are', 'was', 'were', 'am']);
/** Finite verbs that no "is", "are" or "has" can precede. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'am', 'has', 'have', 'does', 'do', 'did', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);

/**
 * A contraction before a finite verb, so two verbs in a row: "they're is a new test" (there is), "it's
 * seems easy" (it seems). The verb after is a form of "be", "have", "do", a modal, or any present-tense
 * verb in -s ("it's what's left" has a contraction after it, not a verb); "it's had", "he's got" and
 * "she's been" are the perfect and stay quiet.
 */
export function contractionBeforeVerb(context: WordContext): Confusion | undefined {
  const meant = CONTRACTIONS.get(context.lower(0));
  if (!meant || !context.joined(0, 1)) return undefined;
  const next = context.lower(1);
  // "We're are", "They're are going": a "be" left over, which verb-form-after-auxiliary reports. Only
  // "they're is" asks for another word: "there is". An "'s" may be "has", so "he's is" stays here.
  if (BE.has(next) && /['’]re$/.test(context.lower(0)) && !(meant === 'there' && /^(is|was)$/.test(next))) return undefined;
  const finite = FINITE.has(next) || (context.tag(1) === 'VBZ' && /^[a-z]+s$/.test(next));
  return finite ? { expected: meant, why: `before the verb “${next}”`, safe: false } : undefined;
}
