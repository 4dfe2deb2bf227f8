import { irregularPrincipalParts } from '../../src/model/lemma-irregulars.js';
import { presentParticiple } from './verb-inflection.js';

/**
 * Verbs of knowing, believing and having that name a state and so take the simple tense, not the
 * progressive: "I know", not "I am knowing". Verbs with a common dynamic sense are left out ("realising",
 * "recognising", "owning up", "hearing a case", "wanting to ask", "meaning to call", "liking a post").
 */
const STATIVE_VERBS = [
  'know', 'understand', 'believe', 'doubt', 'seem', 'belong', 'contain', 'consist', 'resemble', 'possess', 'deserve', 'suppose',
  'prefer', 'love', 'hate', 'despise', 'comprise',
];

/** Each stative verb's -ing form, and its base ("knowing" → "know"). */
export const STATIVE_BY_ING: ReadonlyMap<string, string> = new Map(STATIVE_VERBS.map((base) => [presentParticiple(base), base]));

/** The simple past of a base form: "know" → "knew", "prefer" → "preferred". */
export function simplePast(base: string): string {
  const irregular = irregularPrincipalParts(base);
  if (irregular) return irregular.past[0]!;
  if (base.endsWith('e')) return `${base}d`;
  return /^(prefer)$/.test(base) ? `${base}red` : `${base}ed`;
}

/** The third-person singular present of a base form: "know" → "knows", "possess" → "possesses". */
export function thirdPersonSingular(base: string): string {
  return /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
}
