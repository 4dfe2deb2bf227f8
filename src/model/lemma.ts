import { irregularDegreeBase, irregularNounBase, irregularPresentBase, irregularVerbBase } from './lemma-irregulars.js';

/** Tells whether the lexicon lists `word` with any of the given Penn tags. */
export type LexiconCheck = (word: string, tags: readonly string[]) => boolean;

const verbTags = ['VB', 'VBP', 'VBZ', 'VBD', 'VBN', 'VBG'] as const;
const nounTags = ['NN', 'NNS'] as const;
const adjectiveTags = ['JJ', 'JJR', 'JJS'] as const;
const adverbTags = ['RB', 'RBR', 'RBS'] as const;

const vowel = /[aeiou]/;

/** True for stems like "hop" or "visit" whose last three letters are consonant-vowel-consonant (w, x, y excepted). */
function endsConsonantVowelConsonant(stem: string): boolean {
  if (stem.length < 3) return false;
  const [a, b, c] = stem.slice(-3) as unknown as [string, string, string];
  return !vowel.test(a) && vowel.test(b) && !vowel.test(c) && !/[wxy]/.test(c);
}

function syllables(stem: string): number {
  return stem.match(/[aeiouy]+/g)?.length ?? 0;
}

/** The first candidate the lexicon knows with one of `tags`, else undefined. */
function firstKnown(candidates: readonly string[], tags: readonly string[], knows: LexiconCheck): string | undefined {
  return candidates.find((candidate) => candidate.length > 1 && knows(candidate, tags));
}

/** Undoes -ing or -ed: "hoping" → "hope", "stopped" → "stop", "visited" → "visit", "carried" → "carry". */
function verbStem(word: string, suffix: 'ing' | 'ed', knows: LexiconCheck): string {
  const stem = word.slice(0, -suffix.length);
  const last = stem.slice(-1);
  if (suffix === 'ed' && last === 'i') return firstKnown([stem.slice(0, -1) + 'y'], verbTags, knows) ?? stem.slice(0, -1) + 'y';
  if (last === stem.slice(-2, -1) && !/[lsz]/.test(last)) {
    const undoubled = firstKnown([stem.slice(0, -1)], verbTags, knows);
    if (undoubled) return undoubled;
  }
  const withE = stem + 'e';
  const stemKnown = knows(stem, verbTags);
  const withEKnown = knows(withE, verbTags);
  // A one-syllable consonant-vowel-consonant stem would have doubled its consonant ("hopping"), so "hoping"
  // comes from "hope"; longer stems stressed early never double ("ordered" comes from "order").
  if (withEKnown && (!stemKnown || (endsConsonantVowelConsonant(stem) && syllables(stem) === 1))) return withE;
  if (stemKnown) return stem;
  if (last === stem.slice(-2, -1)) return stem.slice(0, -1);
  // Unknown verbs: the endings that English spells with a silent e ("criticised", "pledged", "argued").
  return /(?:[^aeiou][cgsvz]|is|iz|at|u|dg)$/.test(stem) ? withE : stem;
}

/** Undoes a third-person -s: "goes" → "go", "carries" → "carry", "bans" → "ban". */
function verbPresentStem(word: string, knows: LexiconCheck): string {
  const candidates = word.endsWith('ies') ? [word.slice(0, -3) + 'y', word.slice(0, -1)] : [word.slice(0, -1), word.slice(0, -2)];
  return firstKnown(candidates, verbTags, knows) ?? (/(?:ss|sh|ch|x|z)es$/.test(word) ? word.slice(0, -2) : candidates[0]!);
}

/** Singular of a regular plural: "priorities" → "priority", "buses" → "bus", "cases" → "case". */
function singular(word: string, knows: LexiconCheck): string {
  if (word.length < 3 || !word.endsWith('s') || word.endsWith('ss')) return word;
  const candidates: string[] = [];
  if (word.endsWith('ies')) candidates.push(word.slice(0, -3) + 'y');
  candidates.push(word.slice(0, -1));
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('ves')) candidates.push(word.slice(0, -3) + 'f', word.slice(0, -3) + 'fe');
  const known = firstKnown(candidates, nounTags, knows);
  if (known) return known;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Positive degree of a comparative or superlative: "larger" → "large", "biggest" → "big", "earlier" → "early". */
function positive(word: string, suffix: 'er' | 'est', tags: readonly string[], knows: LexiconCheck): string {
  if (!word.endsWith(suffix)) return word;
  const stem = word.slice(0, -suffix.length);
  const candidates = [stem, stem + 'e'];
  if (stem.endsWith('i')) candidates.unshift(stem.slice(0, -1) + 'y');
  if (stem.slice(-1) === stem.slice(-2, -1)) candidates.unshift(stem.slice(0, -1));
  return firstKnown(candidates, tags, knows) ?? word;
}

/**
 * Lower-case dictionary form of `word` used as Penn `tag`: "priorities"/NNS → "priority",
 * "said"/VBD → "say", "was"/VBD → "be", "better"/JJR → "good". Names (NNP, NNPS) keep their form.
 */
export function lemmatize(word: string, tag: string, knows: LexiconCheck): string {
  const lower = word.toLowerCase();
  const hyphen = lower.lastIndexOf('-');
  // Compounds inflect on their last part: "e-cigarettes" → "e-cigarette", "re-elected" → "re-elect".
  if (hyphen > 0 && hyphen < lower.length - 1 && tag !== 'NNP' && tag !== 'NNPS') {
    return lower.slice(0, hyphen + 1) + lemmatize(lower.slice(hyphen + 1), tag, knows);
  }
  switch (tag) {
    case 'NNS':
      return irregularNounBase(lower) ?? singular(lower, knows);
    case 'VBZ':
      return irregularPresentBase(lower) ?? verbPresentStem(lower, knows);
    case 'VBG':
      return irregularPresentBase(lower) ?? (lower.endsWith('ing') ? verbStem(lower, 'ing', knows) : lower);
    case 'VBD':
    case 'VBN':
      return irregularVerbBase(lower) ?? (lower.endsWith('ed') ? verbStem(lower, 'ed', knows) : lower);
    case 'VB':
    case 'VBP':
    case 'MD':
      return irregularPresentBase(lower) ?? lower;
    case 'JJR':
      return irregularDegreeBase(lower, 'adjective') ?? positive(lower, 'er', adjectiveTags, knows);
    case 'JJS':
      return irregularDegreeBase(lower, 'adjective') ?? positive(lower, 'est', adjectiveTags, knows);
    case 'RBR':
      return irregularDegreeBase(lower, 'adverb') ?? positive(lower, 'er', adverbTags, knows);
    case 'RBS':
      return irregularDegreeBase(lower, 'adverb') ?? positive(lower, 'est', adverbTags, knows);
    default:
      return lower;
  }
}
