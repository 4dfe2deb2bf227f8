import type { NewsDocument, Sentence, Word } from '../../src/model/document.js';
import { adjacent } from './gaps.js';
import { isPossessive, nounPhraseAt } from './noun-phrase.js';

/** What an auxiliary asks of the verb after it: a bare infinitive ("will go"), a participle ("has gone", "was taken"). */
export type AuxiliaryClass = 'modal' | 'do' | 'to' | 'have' | 'be';

/** An auxiliary that governs a verb, and the class of form it asks for. */
export interface Governor {
  word: Word;
  kind: AuxiliaryClass;
  /** The auxiliary opens a question and its subject stands between ("Have you went…?"). */
  inverted: boolean;
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', "won't", "wouldn't", "can't", 'cannot', "couldn't", "shouldn't", "mustn't", "shan't", "'ll"]);
const DO_FORMS = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't"]);
const HAVE_FORMS = new Set(['have', 'has', 'had', "haven't", "hasn't", "hadn't", "'ve"]);
const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', "isn't", "aren't", "wasn't", "weren't", "'re", "'m"]);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
/** Adverbs that may stand between an auxiliary and its verb ("does not really have", "has often been"). */
const MAX_ADVERBS = 3;
/** Adverb tags; a module constant because it is tested before every verb, and a regex literal is a new object each time. */
const ADVERB_TAG = /^RB/;

/** The auxiliary class of a word, reading the verb inside a pronoun contraction ("I've", "they'll"); "'s" and "'d" are ambiguous and left out. */
export function auxiliaryClass(word: Word): AuxiliaryClass | undefined {
  const lower = word.lower.replace(/’/g, "'");
  const clitic = lower.match(/^[a-z]+('ve|'ll|'re|'m)$/)?.[1];
  const key = clitic && !lower.endsWith("n't") ? clitic : lower;
  if (MODALS.has(key)) return word.tag === 'MD' || clitic !== undefined || key.endsWith("n't") || key === 'cannot' ? 'modal' : undefined;
  if (DO_FORMS.has(key)) return 'do';
  if (HAVE_FORMS.has(key)) return 'have';
  if (BE_FORMS.has(key)) return 'be';
  if (key === 'to' && word.tag === 'TO') return 'to';
  return undefined;
}

/**
 * The auxiliary that governs the verb at `index`: the word before it, past adverbs ("does not really
 * have"), or in a question the auxiliary before its subject ("Have you went…?", "Did the plan worked?").
 * Undefined when punctuation intervenes or nothing governs it.
 */
export function governorOf(document: NewsDocument, sentence: Sentence, index: number, question: boolean): Governor | undefined {
  const words = sentence.words;
  let k = index - 1;
  for (let skipped = 0; k >= 0 && ADVERB_TAG.test(words[k]!.tag) && auxiliaryClass(words[k]!) === undefined && skipped < MAX_ADVERBS; skipped++) k--;
  if (k < 0 || !joined(document, sentence, k, index)) return undefined;
  const candidate = words[k]!;
  // "whether Being came before": a capitalised word inside the sentence is a name or a term.
  if (k > 0 && candidate.text !== candidate.lower && !/^I['’]/.test(candidate.text)) return undefined;
  const kind = auxiliaryClass(candidate);
  // "May has struggled", "May sometimes spends": a capitalised modal before the verb is a name.
  if (kind === 'modal' && candidate.text !== candidate.lower) return undefined;
  // A finite "be" is never a noun, so "This is cause by" keeps its governor.
  if (kind) return kind !== 'be' && nounBefore(sentence, k) ? undefined : { word: candidate, kind, inverted: false };
  if (!question) return undefined;
  return invertedGovernor(document, sentence, k, index);
}

/** "Have you went", "Did the application worked": an auxiliary that opens a question, then its subject, then the verb. */
function invertedGovernor(document: NewsDocument, sentence: Sentence, subjectEnd: number, index: number): Governor | undefined {
  const words = sentence.words;
  const opener = (at: number) => at === 0 || (at === 1 && /^(WP|WRB|WDT)$/.test(words[0]!.tag));
  const subject = words[subjectEnd]!;
  if (SUBJECT_PRONOUNS.has(subject.lower) && subject.tag === 'PRP' && subjectEnd > 0) {
    const auxiliary = words[subjectEnd - 1]!;
    const kind = auxiliaryClass(auxiliary);
    if (kind && kind !== 'to' && kind !== 'be' && opener(subjectEnd - 1) && joined(document, sentence, subjectEnd - 1, subjectEnd)) return { word: auxiliary, kind, inverted: true };
    return undefined;
  }
  for (const start of [1, 2]) {
    const auxiliary = words[start - 1];
    const kind = auxiliary && auxiliaryClass(auxiliary);
    if (!kind || kind === 'to' || kind === 'be' || !opener(start - 1)) continue;
    const phrase = nounPhraseAt(document, sentence, start);
    if (phrase && phrase.end === index && phrase.head.tag !== 'PRP' && joined(document, sentence, start - 1, index)) return { word: auxiliary!, kind, inverted: true };
  }
  return undefined;
}

/** "the will", "a must", "Vivian's will": a determiner, adjective or possessive before the word makes it a noun. */
function nounBefore(sentence: Sentence, index: number): boolean {
  const before = sentence.words[index - 1];
  if (!before || sentence.words[index]!.tag === 'TO') return false;
  return /^(DT|PRP\$|JJ|JJR|JJS|POS)$/.test(before.tag) || isPossessive(before);
}

function joined(document: NewsDocument, sentence: Sentence, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (!adjacent(document, sentence.words[k - 1]!, sentence.words[k]!)) return false;
  return true;
}
