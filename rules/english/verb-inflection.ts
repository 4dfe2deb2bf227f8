import { irregularPrincipalParts } from '../../src/model/lemma-irregulars.js';

const VOWEL = /[aeiou]/;
/** Longer verbs stressed on their last syllable, which double its consonant ("referred", "admitted", "controlled"). */
const STRESSED_LAST = /(?:^|[^aeiou])(?:refer|prefer|defer|confer|transfer|infer|deter|occur|incur|recur|concur|admit|commit|submit|permit|omit|emit|transmit|remit|regret|control|patrol|compel|expel|propel|repel|rebel|excel|dispel|equip|acquit|abet|embed|outstrip|prefer)$/;

/** Whether the last consonant doubles before "-ed" or "-ing": "stop", "refer", and (British) "travel", "cancel". */
function doubles(base: string): boolean {
  const [a, b, c] = base.slice(-3);
  const consonantVowelConsonant = base.length >= 3 && !VOWEL.test(a!) && VOWEL.test(b!) && !/[aeiouwxy]/.test(c!);
  if (!consonantVowelConsonant) return false;
  const oneSyllable = (base.match(/[aeiouy]+/g)?.length ?? 0) === 1;
  return oneSyllable || STRESSED_LAST.test(base) || c === 'l';
}

/** The past participle of a base form: "write" → "written", "introduce" → "introduced", "stop" → "stopped". */
export function pastParticiple(base: string): string {
  const irregular = irregularPrincipalParts(base);
  if (irregular) return irregular.participle[0]!;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return doubles(base) ? `${base}${base.slice(-1)}ed` : `${base}ed`;
}

/** Whether `form` is an irregular past tense that is never the participle ("went", "wrote", "forgot"), with the participle it stands for. */
export function pastInsteadOfParticiple(form: string, base: string): string | undefined {
  const irregular = irregularPrincipalParts(base);
  // "proved", "showed", "beat": a regular or unchanged past is widely accepted as the participle too.
  if (!irregular || !irregular.past.includes(form) || irregular.participle.includes(form) || form.endsWith('ed') || form === base) return undefined;
  return irregular.participle[0];
}

/** Whether `form` is an irregular participle that is never a past tense or the base ("been", "gone", "written"). */
export function participleOnly(form: string, base: string): boolean {
  const irregular = irregularPrincipalParts(base);
  return irregular !== undefined && irregular.participle.includes(form) && !irregular.past.includes(form) && form !== base;
}

/** The -ing form of a base form: "run" → "running", "make" → "making", "see" → "seeing", "die" → "dying". */
export function presentParticiple(base: string): string {
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (base.endsWith('e') && !/(?:ee|ye|oe)$/.test(base) && base !== 'be') return `${base.slice(0, -1)}ing`;
  return doubles(base) ? `${base}${base.slice(-1)}ing` : `${base}ing`;
}
