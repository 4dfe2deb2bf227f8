import type { NewsDocument, Word } from './document.js';
import { spokenBand, spokenFrequencyBands } from './spoken-frequency.js';

/**
 * Surprisal (bits) subtracted from every weight: words about as common as "the" (one word in 2^6) weigh
 * nothing, and the gap between generic and topical words widens. Chosen on the dev split (4–8 did best).
 */
const COMMON_FLOOR_BITS = 6;

/** Content tags: nouns, verbs, adjectives, foreign words. Function words never name a topic. */
const CONTENT_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ', 'JJ', 'JJR', 'JJS', 'FW']);
const NAME_TAGS = new Set(['NNP', 'NNPS']);
/** A usable key has a letter and no digit ("2005", "4-0" and "mp3" name no topic). */
const WORDLIKE = /^[^\d]*\p{L}[^\d]*$/u;
const POSSESSIVE = /['’]s?$/;
/** Verbs that carry grammar or reporting rather than a topic, whatever their frequency. */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'tell', 'add', 'get', 'make', 'go', 'come', 'take', 'give', 'put', 'let', 'seem', 'become']);

/** How much a lemma says about a topic: its surprisal in spoken English above the common-word floor. */
export function termWeight(lemma: string): number {
  return Math.max(0, spokenFrequencyBands().totalBits - spokenBand(lemma) - COMMON_FLOOR_BITS);
}

/** Derivational endings that separate words of one family ("elect", "election", "electoral"). */
const FAMILY_SUFFIXES = ['ations', 'ation', 'itions', 'ition', 'ments', 'ment', 'ness', 'ities', 'ity', 'ists', 'ist', 'ism', 'ions', 'ion', 'ical', 'ally', 'ial', 'al', 'ic', 'ive', 'ers', 'er', 'ors', 'or', 'ly', 'ing', 'ed', 'es', 's', 'e', 'y'];
const MIN_STEM = 4;

const stems = new Map<string, string>();

/** Cuts up to two derivational endings, so that cohesion counts word families, not just lemmas. */
export function familyStem(lemma: string): string {
  let stem = stems.get(lemma);
  if (stem === undefined) {
    stem = cutEndings(lemma);
    // Bounded so that a long-running server does not grow the memo without end.
    if (stems.size < 100_000) stems.set(lemma, stem);
  }
  return stem;
}

function cutEndings(lemma: string): string {
  let stem = lemma;
  for (let pass = 0; pass < 2; pass++) {
    const suffix = FAMILY_SUFFIXES.find((ending) => stem.endsWith(ending) && stem.length - ending.length >= MIN_STEM);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** The dictionary form of a content word (a name's lower-cased text), or undefined for function words, numbers and symbols. */
export function contentLemma(word: Word): string | undefined {
  if (!CONTENT_TAGS.has(word.tag)) return undefined;
  let lemma = NAME_TAGS.has(word.tag) ? word.lower : word.lemma;
  if (POSSESSIVE.test(lemma)) lemma = lemma.replace(POSSESSIVE, '');
  if (lemma.length < 2 || !WORDLIKE.test(lemma)) return undefined;
  if (word.tag.startsWith('VB') && LIGHT_VERBS.has(lemma)) return undefined;
  return lemma;
}

/** The key cohesion compares a content word by: a name as written, other words by their family stem. */
export function contentKey(word: Word): string | undefined {
  const lemma = contentLemma(word);
  if (lemma === undefined) return undefined;
  return NAME_TAGS.has(word.tag) ? lemma : familyStem(lemma);
}

/** The content of one paragraph, as cohesion measures read it. */
export interface ParagraphTerms {
  /** Content key → weighted occurrences (see `termWeight`); zero-weight terms are left out. */
  vector: Map<string, number>;
  /** Keys of the words tagged as proper names. */
  names: Set<string>;
  /** How many content words the paragraph has, weighted or not. */
  contentWords: number;
}

/** Content-lemma vectors of every paragraph, weighted by surprisal; computed once per document and shared. */
export function paragraphTerms(document: NewsDocument): ParagraphTerms[] {
  return document.shared('term-weights:paragraph-terms', (doc) =>
    doc.paragraphs.map((paragraph) => {
      const vector = new Map<string, number>();
      const names = new Set<string>();
      let contentWords = 0;
      for (const sentence of paragraph.sentences) {
        for (const word of sentence.words) {
          const lemma = contentLemma(word);
          if (lemma === undefined) continue;
          const isName = NAME_TAGS.has(word.tag);
          const key = isName ? lemma : familyStem(lemma);
          contentWords++;
          if (isName) names.add(key);
          const weight = termWeight(lemma);
          if (weight > 0) vector.set(key, (vector.get(key) ?? 0) + weight);
        }
      }
      return { vector, names, contentWords };
    }),
  );
}
