import type { NewsDocument, Sentence, Word } from '../../src/model/document.js';
import { adjacent } from '../english/gaps.js';
import { GOVERNMENTS, MISSING_PREPOSITIONS, type Government } from '../english/governed-prepositions.js';

/** A head and preposition that do not go together, and what was meant. */
export interface Misgovernment {
  /** The preposition meant, with any others that are right too; `''` to drop it. */
  right: string[];
  direct: boolean;
  /** The verb after the preposition, to be turned into its -ing form: "succeeded to pass" → "succeeded in passing". */
  verb?: Word;
}

const GOVERNMENTS_BY_PAIR = new Map<string, Government[]>();
for (const government of GOVERNMENTS) {
  for (const head of government.heads) {
    for (const wrong of government.wrong) GOVERNMENTS_BY_PAIR.set(`${head} ${wrong}`, [...(GOVERNMENTS_BY_PAIR.get(`${head} ${wrong}`) ?? []), government]);
  }
}
/** Every head and every wrong preposition, so most word pairs are ruled out by two set lookups. */
const HEADS = new Set(GOVERNMENTS.flatMap((government) => government.heads));
const WRONG = new Set(GOVERNMENTS.flatMap((government) => government.wrong));
const MISSING_BY_VERB = new Map<string, Array<(typeof MISSING_PREPOSITIONS)[number]>>();
for (const entry of MISSING_PREPOSITIONS) for (const verb of entry.verbs) MISSING_BY_VERB.set(verb, [...(MISSING_BY_VERB.get(verb) ?? []), entry]);
/** "accused for years", "participated on Monday": a time or a number after the preposition starts another phrase. */
const NOT_COMPLEMENT =
  /^(years?|months?|weeks?|days?|decades?|hours?|minutes?|time|times|now|before|ever|long|possible|well|usual|sure|certain|within|once|first|last|good|while|moment|today|tonight|tomorrow|yesterday|weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|january|february|april|june|july|august|september|october|november|december)$/;
/** Words after a preposition that open an adverbial, not its object: "rely in part on", "depend to some extent". */
const ADVERBIAL_AFTER: Readonly<Record<string, RegExp>> = {
  in: /^(part|large|turn|particular|general|fact|practice|theory|principle|response|effect|full|total|addition|return|public|private|person|advance|recent|order|case|which|front|time|vain|itself|themselves|between)$/,
  on: /^(behalf|top|average|balance|purpose|board|record|condition|which|its|their)$/,
  for: /^(example|instance|now|ever|once|years|which|decades|reasons)$/,
  to: /^(date|some|which|what|this|that)$/,
  with: /^(regard|respect|which)$/,
  by: /^(far|then|now|contrast|comparison|default|chance|which|law)$/,
  at: /^(all|least|most|once|times|first|last|risk|which|the)$/,
  of: /^(course|which|whom)$/,
  about: /^(which|whom)$/,
  from: /^(which|whom)$/,
};
const QUANTIFIER = /^(the|a|an|many|much|several|some|few|two|three|large|great|certain)$/;
/** Words that soften an amount after them: "for only three days", "for about a week". */
const APPROXIMATOR = /^(only|just|nearly|almost|about|around|roughly|some|over|under|barely|little|less|more)$/;
/** "to a large extent", "to a degree". */
const DEGREE = /^(large|great|certain|lesser|greater|degree|extent|point)$/;
const SUBJECT_PRONOUN = /^(i|you|we|they|he|she|it)$/;
const MODIFIER = /^(DT|PDT|PRP\$|JJ|JJR|JJS|CD|POS)$/;
const NOUN = /^(NN|NNS|NNP|NNPS|VBG)$/;

/**
 * The preposition `head` governs when `next` is one it does not take; undefined when the pairing is fine.
 * `acrossObject`: a pronoun stands between a verb head and `next` ("cure you from", "stops us of").
 */
export function misgovernment(sentence: Sentence, head: Word, next: Word, document: NewsDocument, acrossObject = false): Misgovernment | undefined {
  // "interested for": the lemma ("interest for", a noun's pairing) and the word itself are both heads.
  if (!WRONG.has(next.lower) || !(HEADS.has(head.lemma) || HEADS.has(head.lower))) return undefined;
  const byLemma = GOVERNMENTS_BY_PAIR.get(`${head.lemma} ${next.lower}`);
  const byWord = head.lemma === head.lower ? undefined : GOVERNMENTS_BY_PAIR.get(`${head.lower} ${next.lower}`);
  if (!byLemma && !byWord) return undefined;
  const candidates = byLemma && byWord ? [...byLemma, ...byWord] : (byLemma ?? byWord)!;
  const after = sentence.words[next.index + 1];
  if (after && (NOT_COMPLEMENT.test(after.lower) || after.tag === 'CD' || ADVERBIAL_AFTER[next.lower]?.test(after.lower))) return undefined;
  // "accused for the first time", "for many years", "to a large extent": a determiner before a time or degree word.
  const afterNext = sentence.words[next.index + 2];
  if (after && QUANTIFIER.test(after.lower) && afterNext && (NOT_COMPLEMENT.test(afterNext.lower) || DEGREE.test(afterNext.lower))) return undefined;
  // "in charge for only three days", "for just a week": an amount, not an object.
  if (after && APPROXIMATOR.test(after.lower) && afterNext && (afterNext.tag === 'CD' || NOT_COMPLEMENT.test(afterNext.lower) || /^(a|an)$/.test(afterNext.lower))) return undefined;
  const before = sentence.words[head.index - 1];
  // "the accused for a murder case": a participle used as a noun.
  if (before?.tag === 'DT' && head.lemma !== head.lower && /^(VBN|VBG|VBD)$/.test(head.tag)) return undefined;
  const object = objectOf(sentence, next, document);
  for (const government of candidates) {
    if (government.exact && !government.heads.includes(head.lower)) continue;
    if (government.acrossObject === true && !acrossObject) continue;
    if (acrossObject && government.acrossObject !== true && (government.direct || government.objects || government.after !== undefined || !/^VB/.test(head.tag))) continue;
    if (!fits(government, sentence, head, next, object)) continue;
    const verb = government.beforeVerb ? sentence.words[next.index + 1] : undefined;
    return { right: [government.right, ...(government.alternatives ?? [])], direct: government.direct === true, ...(verb ? { verb } : {}) };
  }
  return undefined;
}

function fits(government: Government, sentence: Sentence, head: Word, next: Word, object: Word | undefined): boolean {
  const [before, after, afterNext] = [sentence.words[head.index - 1], sentence.words[next.index + 1], sentence.words[next.index + 2]];
  // "Jane dresses with": after a name, an -s form is its verb, though tagged a plural noun.
  const afterSubject = before !== undefined && (SUBJECT_PRONOUN.test(before.lower) || (before.tag === 'NNP' && head.tag === 'NNS' && /s$/.test(head.lower)));
  if (government.as === 'verb' && !/^VB/.test(head.tag) && !afterSubject) return false;
  if (government.as === 'finite-verb' && !/^(VBZ|VBD|VBP)$/.test(head.tag) && !afterSubject) return false;
  if (government.as === 'noun' && !/^NN/.test(head.tag)) return false;
  if (government.after !== undefined && before?.lemma !== government.after && before?.lower !== government.after) return false;
  if (government.notAfter && before && government.notAfter.includes(before.lower)) return false;
  if (government.personal && !afterPerson(sentence, head)) return false;
  if (government.atEnd && after === undefined) return true;
  // "go to home", "go to shopping": the word itself is the object, whatever its tag, unless a noun follows ("home games").
  if (government.bare) return after !== undefined && government.objects!.includes(after.lower) && !/^(NN|NNS|NNP|NNPS|VBG|VB|VBP)$/.test(afterNext?.tag ?? '');
  // "insisted to go" is wrong, but "ready to go" and "participate to help" are infinitives; "ready to
  // selling" is an infinitive with the wrong form, which verb-complement-form reports.
  const verbAfter = (after?.tag === 'VB' && !QUANTIFIER.test(after.lower)) || (after?.tag === 'RB' && afterNext?.tag === 'VB');
  if (next.lower === 'to' && !government.infinitive && !government.beforeVerb && (verbAfter || (government.toInfinitive && after?.tag === 'VBG'))) return false;
  if (government.beforeVerb) return verbAfter;
  const words = [after?.lower, object?.lower, object?.lemma];
  if (government.except && words.some((word) => word !== undefined && government.except!.includes(word))) return false;
  if (government.objects) {
    // "ask to all the staff": a pronoun-like determiner is the object too.
    if (after && government.objects.includes(after.lower)) return true;
    if (object === undefined) return false;
    if (government.properPlace && object.tag === 'NNP' && !MONTH_OR_DAY.test(object.lower)) return true;
    return government.objects.includes(object.lower) || government.objects.includes(object.lemma);
  }
  return true;
}

const PERSON_SUBJECT = /^(i|you|we|he|she)$/;
const MONTH_OR_DAY = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter)$/;

/** Whether a person is the subject of `head`, with at most two modals or adverbs between: "you can apply", "I never applied". */
function afterPerson(sentence: Sentence, head: Word): boolean {
  for (let k = head.index - 1, hops = 0; k >= 0 && hops < 3; k--, hops++) {
    const word = sentence.words[k]!;
    if (PERSON_SUBJECT.test(word.lower)) return true;
    if (!/^(MD|RB)$/.test(word.tag)) return false;
  }
  return false;
}

/** The object of `preposition`: a pronoun, or the last noun of the phrase after it ("the airport hotel" → "hotel"). */
function objectOf(sentence: Sentence, preposition: Word, document: NewsDocument): Word | undefined {
  const first = sentence.words[preposition.index + 1];
  if (!first || !adjacent(document, preposition, first)) return undefined;
  // "agree to her" but not "agree to her plan".
  if (first.tag === 'PRP' || (first.lower === 'her' && !NOUN.test(sentence.words[first.index + 1]?.tag ?? ''))) return first;
  let k = first.index;
  let previous = preposition;
  const inPhrase = (word: Word | undefined): word is Word => word !== undefined && k - preposition.index <= 5 && adjacent(document, previous, word);
  // "the very top": an adverb only inside the phrase, after its determiner.
  while (inPhrase(sentence.words[k]) && (MODIFIER.test(sentence.words[k]!.tag) || (k > first.index && sentence.words[k]!.tag === 'RB'))) previous = sentence.words[k++]!;
  let noun: Word | undefined;
  while (inPhrase(sentence.words[k]) && NOUN.test(sentence.words[k]!.tag)) noun = previous = sentence.words[k++]!;
  return noun;
}

const OBJECT_PRONOUN = /^(me|him|her|us|them|you|it)$/;
/** Verb tags; a module constant because every word is tested, and a regex literal is a new object each time. */
const VERB_TAG = /^VB/;

/** A verb, an object pronoun and a preposition the verb does not take with it: "cure you from", "stops us of". */
export function misgovernmentAcrossObject(sentence: Sentence, verb: Word, document: NewsDocument): { preposition: Word; wrong: Misgovernment } | undefined {
  if (!VERB_TAG.test(verb.tag) || !HEADS.has(verb.lemma)) return undefined;
  const [pronoun, preposition] = [sentence.words[verb.index + 1], sentence.words[verb.index + 2]];
  if (!pronoun || !preposition || !OBJECT_PRONOUN.test(pronoun.lower) || !adjacent(document, pronoun, preposition)) return undefined;
  const wrong = misgovernment(sentence, verb, preposition, document, true);
  return wrong && { preposition, wrong };
}

/** A verb followed straight by the object of a preposition it needs: "listen music" → "listen to music". */
export function missingPreposition(sentence: Sentence, verb: Word, next: Word): string | undefined {
  const entries = MISSING_BY_VERB.get(verb.lemma);
  if (!entries || !/^VB/.test(verb.tag)) return undefined;
  for (const { preposition, objects } of entries) {
    if (objectMissesPreposition(sentence, verb, next, objects)) return preposition;
  }
  return undefined;
}

function objectMissesPreposition(sentence: Sentence, verb: Word, next: Word, objects: (typeof MISSING_PREPOSITIONS)[number]['objects']): boolean {
  if (objects === 'noun-phrase') {
    // "listening devices", "a listening post": an -ing form before a bare noun is a modifier.
    const bareNoun = /^(NN|NNS)$/.test(next.tag) && verb.tag !== 'VBG';
    const opensNounPhrase = bareNoun || (/^(DT|PRP\$)$/.test(next.tag) && !/^(this|that|these|those|all|both|each|every|no|some|any)$/.test(next.lower));
    return opensNounPhrase || /^(me|him|us|them|you)$/.test(next.lower);
  }
  // "arrive Dallas", "graduated Yale": a place's name, not a month or a day ("arrived Monday", "Monday's crew").
  if (objects === 'place-name') return next.tag === 'NNP' && !MONTH_OR_DAY.test(next.lower.replace(/['’]s$/, '')) && /^\p{Lu}/u.test(next.text);
  const after = sentence.words[next.index + 1];
  // "wait them out", "wait him off": a phrasal verb.
  return objects.includes(next.lower) && after?.lower !== 'out' && after?.lower !== 'off';
}
