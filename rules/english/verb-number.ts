import type { Word } from '../../src/model/document.js';
import { irregularVerbBase } from '../../src/model/lemma-irregulars.js';
import type { GrammaticalNumber, Person } from './noun-phrase.js';

/** What a finite verb's form says about its subject; `base` is the bare form ("walk"), finite only where nothing governs it. */
export type VerbForm = 'singular' | 'plural' | 'plural-be' | 'base' | 'first-singular' | 'past-singular' | 'past-plural';

const FORMS: Readonly<Record<string, VerbForm>> = {
  is: 'singular', has: 'singular', does: 'singular', "isn't": 'singular', "hasn't": 'singular', "doesn't": 'singular',
  are: 'plural-be', "aren't": 'plural-be', have: 'plural', do: 'plural', "haven't": 'plural', "don't": 'plural',
  am: 'first-singular', was: 'past-singular', "wasn't": 'past-singular', were: 'past-plural', "weren't": 'past-plural',
};
const SWAPS: Readonly<Record<string, string>> = {
  is: 'are', are: 'is', has: 'have', have: 'has', does: 'do', do: 'does', was: 'were', were: 'was',
  "isn't": "aren't", "aren't": "isn't", "hasn't": "haven't", "haven't": "hasn't", "doesn't": "don't", "don't": "doesn't",
  "wasn't": "weren't", "weren't": "wasn't",
};

/** The agreement form of a finite verb, or undefined for modals, past tenses and non-finite words. */
export function verbForm(word: Word): VerbForm | undefined {
  const lower = word.lower.replace(/’/g, "'");
  if (Object.hasOwn(FORMS, lower)) return FORMS[lower];
  // "it's", "we're": a pronoun and its verb in one word are never out of step.
  if (lower.includes("'")) return undefined;
  if (word.tag === 'VBZ' && /s$/.test(lower)) return 'singular';
  // "cut", "put", "set": the past tense is spelt like the present, so the form says nothing of number.
  if (irregularVerbBase(lower) === lower) return undefined;
  if (word.tag === 'VBP') return 'plural';
  if (word.tag === 'VB') return 'base';
  return undefined;
}

/** Whether the form fits a subject of this person and number; `were` after a singular is left to the caller. */
export function agrees(form: VerbForm, person: Person, number: GrammaticalNumber): boolean {
  switch (form) {
    case 'singular':
      return person === 'third-singular';
    case 'plural':
    case 'base':
      return person !== 'third-singular';
    case 'plural-be':
      return person === 'other';
    case 'first-singular':
      return person === 'first-singular';
    case 'past-singular':
      return number === 'singular';
    case 'past-plural':
      return number === 'plural' || person === 'other';
  }
}

/** The form of `verb` that agrees with the subject, keeping its capital; undefined when unsure. */
export function agreeingForm(verb: Word, person: Person): string | undefined {
  const lower = verb.lower.replace(/’/g, "'");
  let form: string | undefined;
  if (person === 'first-singular' && (lower === 'is' || lower === 'are')) form = 'am';
  else if (person === 'first-singular' && lower === 'were') form = 'was';
  else if (Object.hasOwn(SWAPS, lower)) form = SWAPS[lower];
  else if (person === 'third-singular') form = thirdPersonOf(verb.lemma);
  else if (verb.tag === 'VBZ' && thirdPersonOf(verb.lemma) === lower) form = verb.lemma;
  if (form === undefined) return undefined;
  return /^\p{Lu}/u.test(verb.text) ? form.charAt(0).toUpperCase() + form.slice(1) : form;
}

/** "walk" → "walks", "push" → "pushes", "carry" → "carries", "have" → "has". */
function thirdPersonOf(base: string): string | undefined {
  if (!/^[a-z]+$/.test(base)) return undefined;
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
