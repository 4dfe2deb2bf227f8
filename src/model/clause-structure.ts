import type { Word } from './document.js';

/** Why a sentence has no independent clause. */
export type FragmentKind = 'participle' | 'subordinate' | 'relative' | 'noun-phrase';

/** A sentence without an independent clause: what kind of fragment it is and the word it opens with. */
export interface Fragment {
  kind: FragmentKind;
  /** The word the fragment's structure hangs on ("Providing", "Because", "Which"), or its first word. */
  opener: Word;
}

/** Conjunctions that only ever open a subordinate clause. */
const SUBORDINATORS = new Set(['because', 'although', 'though', 'whereas', 'while', 'whilst', 'unless', 'if', 'whether', 'so that', 'lest']);
/** Words that open a clause or govern a plain noun ("after Kim arrived" / "after the meeting"). */
const PREPOSITIONAL_SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'once', 'when', 'whenever', 'where', 'wherever']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
/** Verbs whose -ing form takes a whole clause as its object ("Saying the deal was dead."). */
const CLAUSE_TAKING_VERBS = new Set([
  'say', 'add', 'claim', 'argue', 'warn', 'note', 'suggest', 'insist', 'explain', 'believe', 'know', 'think', 'hope',
  'fear', 'announce', 'reveal', 'show', 'indicate', 'signal', 'acknowledge', 'admit', 'realise', 'realize',
  'recognise', 'recognize', 'expect', 'feel', 'mean', 'ensure', 'prompt', 'fuel', 'raise', 'spark',
  'confirm', 'deny', 'report', 'state', 'tell', 'predict', 'estimate', 'assume', 'stress', 'prove',
]);
const FINITE = /^(VBD|VBZ|VBP|MD)$/;
const NOUNISH = /^(NN|NNS|NNP|NNPS|CD|PRP)$/;
const NP_START = /^(DT|PRP|PRP\$|EX)$/;
const AUXILIARY_LEMMAS = new Set(['be', 'have', 'get']);
/** Pronoun-like determiners that can be a subject ("This followed…"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** Leading words that do not change a sentence's structure ("And", "But", "Still,"). */
const LEAD_IN = /^(CC|UH)$/;

/** Gap text between word `i - 1` and word `i` (punctuation and spaces). */
export type GapReader = (i: number) => string;

type State = 'main-open' | 'awaiting-verb' | 'in-subordinate';

/**
 * Reads a sentence's clause structure from its Penn tags and punctuation and returns what kind of
 * fragment it is, or undefined when it has an independent clause (a finite verb outside any subordinate
 * or relative clause, or an imperative).
 */
export function findFragment(words: readonly Word[], gapBefore: GapReader): Fragment | undefined {
  let start = 0;
  while (start < words.length - 1 && LEAD_IN.test(words[start].tag)) start++;
  const first = words[start];
  if (!first) return undefined;
  // An imperative ("Consider the numbers."), or a contraction carrying the verb ("It's", "There's").
  if (first.tag === 'VB' || first.lower === 'let' || FINITE.test(first.tag)) return undefined;

  const lead = leadOf(first, words[start + 1]);
  let state: State = lead === 'subordinate' || lead === 'relative' ? 'awaiting-verb' : 'main-open';
  let prepositional = lead === 'subordinate' && PREPOSITIONAL_SUBORDINATORS.has(first.lower);
  let relativeInside = false;
  let participlePhraseOpen = lead === 'participle';
  let subordinateVerbSeen = false;

  for (let i = start + 1; i < words.length; i++) {
    const word = words[i];
    if (/[,;:()—–]|\s-\s/.test(gapBefore(i))) {
      if (state === 'in-subordinate' || (state === 'awaiting-verb' && prepositional)) state = 'main-open';
      participlePhraseOpen = false;
    }
    if (opensClause(word, words[i + 1], gapBefore(i + 1))) {
      state = 'awaiting-verb';
      prepositional = PREPOSITIONAL_SUBORDINATORS.has(word.lower);
      relativeInside = RELATIVES.has(word.lower) || (word.lower === 'that' && (word.tag === 'WDT' || NOUNISH.test(words[i - 1].tag)));
      continue;
    }
    if (state === 'awaiting-verb' && prepositional && startsNewNounPhrase(words, i)) state = 'main-open';
    if (!isFiniteVerb(words, i)) continue;
    if (state === 'awaiting-verb') {
      state = 'in-subordinate';
      subordinateVerbSeen = true;
    } else if (state === 'in-subordinate') {
      if (endsSubordinateClause(words, i, relativeInside)) return undefined;
    } else {
      if (!participlePhraseOpen || participleAllowsMainVerb(words, start, i)) return undefined;
      // The participle's own object clause ("Prompting fears the economy would slow."): keep looking.
      state = 'in-subordinate';
      relativeInside = false;
    }
  }

  if (lead === 'participle') return { kind: 'participle', opener: first };
  if (lead === 'relative') return { kind: 'relative', opener: first };
  if (lead === 'subordinate' && subordinateVerbSeen) return { kind: 'subordinate', opener: first };
  return { kind: 'noun-phrase', opener: first };
}

function leadOf(first: Word, second: Word | undefined): 'participle' | 'subordinate' | 'relative' | 'other' {
  if (first.tag === 'VBG' || first.tag === 'VBN') return 'participle';
  // "Which versions…" is a determiner; "Which has…", "Who was…", "Whose father…" open a relative clause.
  if (RELATIVES.has(first.lower) && (first.lower === 'whose' || !/^(NN|NNS|NNP|NNPS|JJ|JJR|JJS|CD)$/.test(second?.tag ?? ''))) return 'relative';
  // "Because of the rain" is a preposition, not a clause; "once" and "as" are often adverbs.
  if (second?.lower === 'of') return 'other';
  if (SUBORDINATORS.has(first.lower) || (PREPOSITIONAL_SUBORDINATORS.has(first.lower) && /^(IN|WRB)$/.test(first.tag))) return 'subordinate';
  return 'other';
}

/** A word that opens a subordinate or relative clause here (a pronoun "that" followed by a comma does not). */
function opensClause(word: Word, next: Word | undefined, gapAfter: string): boolean {
  if (!next || /[,;:.]/.test(gapAfter)) return false;
  if (word.lower === 'that') return word.tag === 'WDT' || word.tag === 'IN';
  if (RELATIVES.has(word.lower) || word.lower === 'what') return /^(WDT|WP|WP\$)$/.test(word.tag);
  if (SUBORDINATORS.has(word.lower)) return next.lower !== 'of';
  if (PREPOSITIONAL_SUBORDINATORS.has(word.lower)) return /^(IN|WRB)$/.test(word.tag) && next.lower !== 'of';
  return false;
}

/** A finite verb, counting past forms the tagger read as participles and bare presents after a subject. */
function isFiniteVerb(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (FINITE.test(word.tag)) return true;
  const previous = words[i - 1];
  if (!previous || previous.quoted !== word.quoted) return false;
  if (!NOUNISH.test(previous.tag) && !DEMONSTRATIVES.has(previous.lower)) return false;
  if (word.tag === 'VB') return true;
  if (word.tag !== 'VBN') return false;
  // "the peninsula enveloped": a past tense; "has been enveloped" has its auxiliary before it.
  return !words.slice(Math.max(0, i - 3), i).some((earlier) => AUXILIARY_LEMMAS.has(earlier.lemma));
}

/**
 * A second finite verb after a subordinate clause's own verb is the main verb when the clause was the
 * subject ("Whether he will run remains unclear": the verb follows a verb) or a relative clause inside the
 * subject ("People who live here say…"); after a new subject it belongs to a nested clause ("because he
 * said he would").
 */
function endsSubordinateClause(words: readonly Word[], verb: number, relativeInside: boolean): boolean {
  const previous = words[verb - 1];
  if (/^(VB|VBD|VBN|VBZ|VBP|VBG|RP)$/.test(previous.tag) || (previous.tag === 'RB' && previous.lower !== 'not')) return true;
  return relativeInside && previous.tag !== 'PRP';
}

/** Word `i` begins a second noun phrase right after a first one ("after the meeting | the minister said"). */
function startsNewNounPhrase(words: readonly Word[], i: number): boolean {
  const previous = words[i - 1];
  return previous !== undefined && NP_START.test(words[i].tag) && /^(NN|NNS|NNP|NNPS|CD|PRP|RB)$/.test(previous.tag);
}

/**
 * Whether a finite verb after an opening participle phrase with no comma is the main verb: it is after a
 * past participle ("Asked about it he said…") and after a gerund subject ("Providing aid is costly"), but
 * not after an -ing form that takes a clause ("Saying the deal was dead.", "Prompting fears prices would
 * rise."), unless a preposition shows it does not ("Adding to the chaos were…").
 */
function participleAllowsMainVerb(words: readonly Word[], start: number, verb: number): boolean {
  const participle = words[start];
  if (participle.tag === 'VBN') return true;
  return !CLAUSE_TAKING_VERBS.has(participle.lemma) || /^(IN|TO)$/.test(words[start + 1]?.tag ?? '');
}
