import type { Word } from './document.js';

/** Why a sentence has no independent clause. */
export type FragmentKind = 'participle' | 'subordinate' | 'relative' | 'noun-phrase';

/** A sentence without an independent clause: what kind of fragment it is and the word it opens with. */
export interface Fragment {
  kind: FragmentKind;
  /** The word the fragment's structure hangs on ("Providing", "Because", "Which"), or its first word. */
  opener: Word;
}

/** Gap text between word `i - 1` and word `i` (punctuation and spaces). */
export type GapReader = (i: number) => string;

/** Conjunctions that only ever open a subordinate clause. */
const SUBORDINATORS = new Set(['because', 'although', 'though', 'whereas', 'while', 'whilst', 'unless', 'if', 'whether', 'lest']);
/** Words that open a clause or govern a plain noun ("after Kim arrived" / "after the meeting"). */
const PREPOSITIONAL_SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'once', 'when', 'whenever', 'where', 'wherever']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
/** Verbs whose -ing form or finite form takes a whole clause as its object ("Saying the deal was dead."). */
const CLAUSE_TAKING_VERBS = new Set([
  'say', 'add', 'claim', 'argue', 'warn', 'note', 'suggest', 'insist', 'explain', 'believe', 'know', 'think', 'hope',
  'fear', 'announce', 'reveal', 'show', 'indicate', 'signal', 'acknowledge', 'admit', 'realise', 'realize',
  'recognise', 'recognize', 'expect', 'feel', 'mean', 'ensure', 'prompt', 'fuel', 'raise', 'spark',
  'confirm', 'deny', 'report', 'state', 'tell', 'predict', 'estimate', 'assume', 'stress', 'prove',
]);
/** Words that make "if" a whole phrase on its own ("If anything, …", "If so, …"). */
const ELLIPSES = new Set(['anything', 'so', 'not', 'ever', 'any', 'possible', 'necessary', 'only']);
/** Verbs whose past tense is their bare form, which the tagger may leave as VB ("the boot cut the deficit"). */
const INVARIANT_PASTS = new Set(['cut', 'put', 'hit', 'set', 'let', 'cost', 'shut', 'spread', 'beat', 'hurt', 'quit', 'split', 'cast', 'bet', 'bid', 'burst', 'upset', 'broadcast', 'forecast', 'read']);
/** Adverbs that modify the noun phrase after them ("Though only one episode…"), not an elided clause. */
const NOUN_MODIFIERS = new Set(['only', 'just', 'even', 'about', 'almost', 'nearly', 'some', 'around']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there']);
/** "it's", "we're", "there's": a subject and its finite verb in one word. */
const PRONOUN_CONTRACTION = /^(i|you|he|she|it|we|they|there|that|what|who)['’](s|re|m|ve|d|ll)$/i;
/** Pronoun-like determiners that can be a subject ("This followed…"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
const AUXILIARY_LEMMAS = new Set(['be', 'have', 'get']);

const FINITE = /^(VBD|VBZ|VBP|MD)$/;
const NOUNISH = /^(NN|NNS|NNP|NNPS|CD|PRP)$/;
const VERBAL = /^(VB|VBD|VBN|VBZ|VBP|VBG|MD)$/;
const NP_START = /^(DT|PRP|PRP\$|EX)$/;
/** Tags inside a simple noun phrase ("the new chief executive's"). */
const NOUN_PHRASE = /^(DT|PDT|JJ|JJR|JJS|NN|NNS|NNP|NNPS|PRP|PRP\$|POS|CD|EX)$/;
/** Leading words that do not change a sentence's structure ("And", "But", "Well"). */
const LEAD_IN = /^(CC|UH)$/;
const BREAK = /[,;:()—–]|\s-\s/;

type State = 'main-open' | 'awaiting-verb' | 'in-subordinate';

/** Where the reading of a sentence stands: which clause is open and what opened it. */
interface Reading {
  state: State;
  /** Index of the word that opened the clause now being read. */
  opener: number;
  /** The open clause's opener governs a plain noun phrase as easily as a clause ("after", "as"). */
  prepositional: boolean;
  /** The open clause has no subject of its own so far ("If convicted…", "Whilst out on the circuit…"). */
  elliptical: boolean;
  /** The open clause is a relative clause inside the sentence (not one the sentence opens with). */
  relative: boolean;
  /** The open clause is the object of an opening -ing form ("Saying it is important…"): nothing after it is main. */
  complement: boolean;
  /** The open subordinate clause's latest finite verb. */
  verb: Word | undefined;
}

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
  const reading: Reading = { state: 'main-open', opener: start, prepositional: false, elliptical: false, relative: false, complement: false, verb: undefined };
  if (lead === 'subordinate' || lead === 'relative') {
    open(reading, words, start);
    reading.relative = false;
  }
  let participlePhraseOpen = lead === 'participle';
  let subordinateVerbSeen = false;
  /** The opening "After…", "As…" turned out to govern a phrase ("As a result"), not a clause. */
  let leadWasPhrase = false;

  for (let i = start + 1; i < words.length; i++) {
    const word = words[i];
    if (BREAK.test(gapBefore(i))) {
      if (reading.state === 'awaiting-verb' && (reading.prepositional || reading.elliptical)) {
        leadWasPhrase ||= reading.opener === start;
        reading.state = 'main-open';
      }
      // A comma after the opening clause has its verb ends it, even inside a clause it opened ("If you
      // know what you like, …").
      if (reading.state === 'in-subordinate' || (reading.state === 'awaiting-verb' && subordinateVerbSeen)) reading.state = 'main-open';
      const closesOpening = lead !== 'relative' && lead !== 'other' && reading.state === 'main-open';
      participlePhraseOpen = false;
      reading.complement = false;
      // "When it was launched, the cheapest Mini cost…": a subject (or a command) after the opening
      // clause's comma is the main clause, even when the tagger missed its verb.
      if (closesOpening && startsMainClause(words, i)) return undefined;
    }
    // "If X then Y": "then" closes the condition ("and then" does not).
    if (word.lower === 'then' && reading.state !== 'main-open' && words[i - 1].tag !== 'CC') reading.state = 'main-open';
    if (opensClause(words, i, gapBefore(i + 1))) {
      open(reading, words, i);
      continue;
    }
    if (reading.state === 'awaiting-verb' && mainClauseStartsAfterOpener(words, i, reading)) {
      leadWasPhrase ||= reading.opener === start && !SUBORDINATORS.has(first.lower);
      reading.state = 'main-open';
    }
    if (reading.state === 'in-subordinate' && !reading.complement && isImperativeAfterClause(words, i)) return undefined;
    if (!isFiniteVerb(words, i)) continue;
    if (reading.state === 'awaiting-verb') {
      reading.state = 'in-subordinate';
      reading.verb = word;
      subordinateVerbSeen = true;
    } else if (reading.state === 'in-subordinate') {
      if (!reading.complement && endsSubordinateClause(words, i, reading)) return undefined;
      reading.verb = word;
    } else {
      if (participlePhraseOpen && isReducedRelative(words, i)) continue;
      if (!participlePhraseOpen || participleAllowsMainVerb(words, start)) return undefined;
      // The participle's own object clause ("Prompting fears the economy would slow."): keep looking.
      reading.state = 'in-subordinate';
      reading.relative = false;
      reading.complement = true;
      reading.verb = word;
    }
  }

  if (lead === 'participle') return { kind: 'participle', opener: first };
  if (lead === 'relative') return { kind: 'relative', opener: first };
  // "While cutting spending limits." is a subordinate clause without its subject; "After the meeting." a phrase.
  if (lead === 'subordinate' && !leadWasPhrase && (subordinateVerbSeen || SUBORDINATORS.has(first.lower))) return { kind: 'subordinate', opener: first };
  return { kind: 'noun-phrase', opener: first };
}

function leadOf(first: Word, second: Word | undefined): 'participle' | 'subordinate' | 'relative' | 'other' {
  // "United Nations peacekeepers…": a capitalised participle before a name is part of the name.
  // (A possessive the tagger read as a participle, "United's players", is a name.)
  if ((first.tag === 'VBG' || (first.tag === 'VBN' && !/^NNPS?$/.test(second?.tag ?? ''))) && !/['’]s$/.test(first.text)) return 'participle';
  // In a statement (questions are not read), a leading "Which", "Who" or "Whose" opens a relative clause.
  if (RELATIVES.has(first.lower)) return 'relative';
  // "Because of the rain" is a preposition, not a clause; "once" and "as" are often adverbs.
  if (second?.lower === 'of') return 'other';
  if (SUBORDINATORS.has(first.lower) || (PREPOSITIONAL_SUBORDINATORS.has(first.lower) && /^(IN|WRB)$/.test(first.tag))) return 'subordinate';
  return 'other';
}

function open(reading: Reading, words: readonly Word[], i: number): void {
  const word = words[i];
  const next = words[i + 1];
  reading.state = 'awaiting-verb';
  reading.opener = i;
  reading.prepositional = PREPOSITIONAL_SUBORDINATORS.has(word.lower);
  reading.elliptical = next !== undefined && !SUBJECT_PRONOUNS.has(next.lower) && !NOUN_MODIFIERS.has(next.lower) &&
    (SUBORDINATORS.has(word.lower) ? /^(RB|JJ|JJR|VBN|IN|RP)$/.test(next.tag) || ELLIPSES.has(next.lower) : /^(VBN|VBG)$/.test(next.tag));
  reading.complement = false;
  reading.relative = RELATIVES.has(word.lower) || (word.lower === 'that' && (word.tag === 'WDT' || NOUNISH.test(words[i - 1]?.tag ?? '')));
  reading.verb = undefined;
}

/** A word that opens a subordinate or relative clause here. */
function opensClause(words: readonly Word[], i: number, gapAfter: string): boolean {
  const word = words[i];
  const next = words[i + 1];
  // A pronoun before a comma ("Having said that, …") opens nothing.
  if (!next || /[,;:.]/.test(gapAfter)) return false;
  if (word.lower === 'that') {
    // "survived that skirmish": a determiner after a verb or preposition ("suggesting that prices…" is not).
    const previous = words[i - 1];
    if (/^(NN|NNS|JJ|CD)$/.test(next.tag) && /^(VB|VBD|VBN|VBZ|VBP|VBG|IN|RP|DT|PDT)$/.test(previous?.tag ?? '') && !CLAUSE_TAKING_VERBS.has(previous?.lemma ?? '')) return false;
    return word.tag === 'WDT' || word.tag === 'IN';
  }
  if (RELATIVES.has(word.lower) || word.lower === 'what') return /^(WDT|WP|WP\$)$/.test(word.tag);
  if (word.lower === 'why' || word.lower === 'how') return word.tag === 'WRB';
  if (SUBORDINATORS.has(word.lower)) return next.lower !== 'of';
  // "after acquiring", "since becoming": a preposition before a gerund, not a clause.
  if (PREPOSITIONAL_SUBORDINATORS.has(word.lower)) return /^(IN|WRB)$/.test(word.tag) && next.lower !== 'of' && next.tag !== 'VBG';
  return false;
}

/**
 * The clause opener turned out to govern no clause of its own, and the main clause's subject starts at
 * word `i`: "After the meeting | the minister said", "Before 1997 | most pensioners voted", "If convicted
 * | he could face", "As such | there was", "Whilst out on the circuit | the allure…".
 */
function mainClauseStartsAfterOpener(words: readonly Word[], i: number, reading: Reading): boolean {
  // "If convicted he…", "After the vote they…"; but in "Although in the short term they can…" the
  // pronoun is the subordinate clause's own subject.
  const fronted = words[reading.opener + 1]?.tag === 'IN';
  if (i > reading.opener + 1 && !fronted && (SUBJECT_PRONOUNS.has(words[i].lower) || PRONOUN_CONTRACTION.test(words[i].text))) return true;
  if (!reading.prepositional && !reading.elliptical) return false;
  const previous = words[i - 1];
  const word = words[i];
  if (NP_START.test(word.tag) && /^(NN|NNS|NNP|NNPS|CD|RB)$/.test(previous.tag)) return true;
  if (reading.prepositional && /^(CD|RB)$/.test(previous.tag) && i > reading.opener + 1 && /^(JJ|JJS|NN|NNS|NNP|NNPS)$/.test(word.tag)) return true;
  if (DEMONSTRATIVES.has(previous.lower) && i === reading.opener + 2 && NOUN_PHRASE.test(word.tag)) return true;
  if (/^(NNP|NNPS)$/.test(word.tag) && /^(NN|NNS)$/.test(previous.tag)) return true;
  if (reading.elliptical && word.tag === 'CD' && /^(NNP|NN|NNS)$/.test(previous.tag)) return true;
  return reading.elliptical && /^(NNP|NNPS)$/.test(word.tag) && previous.tag === 'JJ';
}

/** Word `i`, after a comma, opens a main clause: a determiner, pronoun or name as subject, or a command. */
function startsMainClause(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (i >= words.length - 1) return false;
  if (word.tag === 'VB' || word.lower === "let's" || word.lower === 'let’s' || PRONOUN_CONTRACTION.test(word.text)) return true;
  if (/^(PRP|EX)$/.test(word.tag)) return true;
  // "the cheapest Mini", "her status", "that support": a determined noun phrase, not a list's next item.
  return /^(DT|PRP\$)$/.test(word.tag) && !/^(and|or)$/.test(words[i - 1]?.lower ?? '') && /^(NN|NNS|NNP|NNPS|JJ|JJS|JJR|CD)$/.test(words[i + 1].tag);
}

/** A bare lower-case verb right after a finished subordinate clause, with no comma: "If none were found consider…". */
function isImperativeAfterClause(words: readonly Word[], i: number): boolean {
  const word = words[i];
  const previous = words[i - 1];
  if (word.tag !== 'VB' || !/^\p{Ll}/u.test(word.text) || !/^(JJ|JJR|VBN|VBD|CD|NNS)$/.test(previous.tag) || AUXILIARY_LEMMAS.has(previous.lemma) || previous.lemma === 'do') return false;
  // "a good first serve": an adjective inside a noun phrase, not one that ends a clause ("if it's better accept").
  if (/^JJR?$/.test(previous.tag) && /^(DT|JJ|PRP\$|POS)$/.test(words[i - 2]?.tag ?? '')) return false;
  return !words.slice(Math.max(0, i - 3), i).some((earlier) => /^(MD|TO)$/.test(earlier.tag));
}

/** A finite verb, counting past forms the tagger read as participles and bare presents after a subject. */
function isFiniteVerb(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (FINITE.test(word.tag)) return true;
  const previous = words[i - 1];
  if (!previous || previous.quoted !== word.quoted) return false;
  if (isHiddenVerb(words, i)) return true;
  if (!NOUNISH.test(previous.tag) && !DEMONSTRATIVES.has(previous.lower)) return false;
  // "they hold", "sanctions hold", "viruses and spam remain": a present tense the tagger left bare;
  // "the backhand pass" is a noun.
  if (word.tag === 'VB') return /^(NNS|NNPS)$/.test(previous.tag) || /^(i|you|we|they)$/.test(previous.lower) || words[i - 2]?.tag === 'CC' || INVARIANT_PASTS.has(word.lower);
  // "rates faced by consumers" is a passive participle, not a past tense.
  if (word.tag !== 'VBN' || words[i + 1]?.lower === 'by') return false;
  // "the peninsula enveloped": a past tense; "has been enveloped" has its auxiliary before it.
  return !words.slice(Math.max(0, i - 3), i).some((earlier) => AUXILIARY_LEMMAS.has(earlier.lemma));
}

/**
 * Whether a second finite verb after a subordinate clause's own verb is the main verb. It is when the
 * clause was the subject ("Whether he will run remains unclear": the verb follows a verb), when the clause
 * was a relative one inside the subject ("People who live here say…"), and when the verb has a subject of
 * its own after a clause that ends without a comma ("When he arrived in power he began…"). It is not when
 * it shares the clause's subject ("who scored and celebrated"), after "and" ("because talks stalled and
 * prices fell"), or as the object of a verb that takes a clause ("because he said he would", "which it
 * says are idle").
 */
function endsSubordinateClause(words: readonly Word[], verb: number, reading: Reading): boolean {
  let left = verb - 1;
  // "the worm also starts": look past adverbs for the verb's subject, unless the adverb closes a verb phrase.
  while (left > 0 && words[left].tag === 'RB' && !VERBAL.test(words[left - 1].tag)) left--;
  const previous = words[left];
  if (VERBAL.test(previous.tag) || (previous.tag === 'RB' && previous.lower !== 'not')) return !(previous === reading.verb && CLAUSE_TAKING_VERBS.has(previous.lemma));
  if (reading.relative && previous.tag !== 'PRP') return true;
  const contracted = PRONOUN_CONTRACTION.test(words[verb].text);
  if (!contracted && !NOUN_PHRASE.test(previous.tag)) return false;
  const subject = contracted ? verb : subjectStart(words, left);
  const before = words[subject - 1];
  // After "and" the verb shares the clause; after a preposition the "subject" is that preposition's object.
  if (!before || before.tag === 'CC' || (before.tag === 'IN' && before.lower !== 'that')) return false;
  if (VERBAL.test(before.tag) || before.lower === 'that') {
    const governing = [...words.slice(0, subject)].reverse().find((word) => VERBAL.test(word.tag));
    return !CLAUSE_TAKING_VERBS.has(governing?.lemma ?? '');
  }
  return true;
}

/**
 * A lower-case "noun" right after its subject and before an object: a present or past tense the tagger
 * read as a noun ("he reserves particular disdain", "figures point to", "the experiment cost 12"). Subject
 * and verb must agree ("Nestle forecasts", "lawyers fear"; not "athletics medals"). `loose` also accepts a
 * preposition or adjective after it and any plural or proper subject, for judging whether a verbless
 * sentence may have lost its verb to the tagger.
 */
export function isHiddenVerb(words: readonly Word[], i: number, loose = false): boolean {
  const word = words[i];
  if (!/^NNS?$/.test(word.tag) || !/^\p{Ll}/u.test(word.text)) return false;
  let subject = i - 1;
  while (subject > 0 && (words[subject].tag === 'RB' || /^(both|all|each|also)$/.test(words[subject].lower))) subject--;
  const before = words[subject];
  if (!before) return false;
  const nextTag = words[i + 1]?.tag ?? '';
  const afterDeterminer = words[subject - 1]?.tag === 'DT';
  if (loose) {
    const adverbBetween = subject < i - 1;
    const subjectLike = /^(NNS|NNP|NNPS|PRP|CD)$/.test(before.tag) || (before.tag === 'JJ' && afterDeterminer) || (before.tag === 'NN' && (afterDeterminer || adverbBetween || word.tag === 'NNS'));
    return subjectLike && /^(IN|DT|TO|CD|PRP\$|PRP|RB|RP|JJ|JJR|JJS|NN|NNP|NNS|WDT)$/.test(nextTag);
  }
  // After "you", "they" a noun cannot follow as a compound, so a preposition may come next ("you swap between").
  const objectNext = /^(DT|PRP\$|PRP|CD|RB|RP|TO|WDT)$/.test(nextTag) || words[i + 1]?.lower === 'that' || (nextTag === 'IN' && before.tag === 'PRP');
  if (!objectNext) return false;
  if (word.tag === 'NNS') return before.tag === 'NNP' || /^(he|she|it)$/.test(before.lower) || (before.tag === 'NN' && afterDeterminer);
  return /^(NNS|NNPS)$/.test(before.tag) || /^(i|you|we|they)$/.test(before.lower) ||
    (before.tag === 'NN' && afterDeterminer && /^(CD|DT|PRP\$|PRP)$/.test(nextTag)) ||
    (before.tag === 'JJ' && /^\p{Lu}/u.test(before.text) && afterDeterminer);
}

/** Where the noun phrase ending at `last` starts, across "of"-style links ("300 homes in County Durham"). */
function subjectStart(words: readonly Word[], last: number): number {
  let start = last;
  for (;;) {
    while (start > 0 && !NP_START.test(words[start].tag) && NOUN_PHRASE.test(words[start - 1].tag)) start--;
    const link = words[start - 1];
    if (!link || link.tag !== 'IN' || start < 2 || !/^(NN|NNS|NNP|NNPS|CD)$/.test(words[start - 2].tag)) return start;
    start -= 2;
  }
}

/**
 * Whether a finite verb after an opening participle phrase with no comma is the main verb: it is after a
 * past participle ("Asked about it he said…") and after a gerund subject ("Providing aid is costly"), but
 * not after an -ing form that takes a clause ("Saying the deal was dead.", "Prompting fears prices would
 * rise."), unless a preposition shows it does not ("Adding to the chaos were…").
 */
function participleAllowsMainVerb(words: readonly Word[], start: number): boolean {
  const participle = words[start];
  if (participle.tag === 'VBN') return true;
  return !CLAUSE_TAKING_VERBS.has(participle.lemma) || /^(IN|TO)$/.test(words[start + 1]?.tag ?? '');
}

/**
 * A verb that only describes the noun before it: "the prices it charged." (a pronoun after a noun and no
 * object after the verb) or "documents found in Baghdad" (a past form between a noun and a preposition).
 */
function isReducedRelative(words: readonly Word[], verb: number): boolean {
  const word = words[verb];
  const objectless = words.slice(verb + 1).every((later) => /^(RB|RP|VBN|VB|IN|TO)$/.test(later.tag));
  if (objectless && words[verb - 1].tag === 'PRP' && /^(NN|NNS|NNP|NNPS)$/.test(words[verb - 2]?.tag ?? '')) return true;
  const participleForm = word.tag === 'VBN' || (word.tag === 'VBD' && /ed$/.test(word.lower));
  return participleForm && /^(NN|NNS)$/.test(words[verb - 1].tag) && words[verb + 1]?.tag === 'IN' && !CLAUSE_TAKING_VERBS.has(word.lemma);
}
