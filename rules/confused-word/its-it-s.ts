import type { ConfusionCheck, WordContext } from './context.js';
import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import { PREPOSITIONS } from './word-classes.js';

/** Adjectives that, after "it's", take a clause or an infinitive ("it's clear that", "it's hard to"). */
const PREDICATIVE = new Set(['clear', 'important', 'hard', 'easy', 'likely', 'unlikely', 'possible', 'impossible', 'difficult', 'vital', 'essential', 'true', 'necessary', 'obvious', 'unclear', 'worth']);
/** Words after which "its" can only be "it is" or "it has": no noun ever follows a possessive so directly. */
const NOT_AFTER_POSSESSIVE = new Set(['been', 'not', 'got', 'too', 'so', 'gonna', 'okay', 'ok', 'where']);
/** Verbs whose object may be a clause, where "it's" is "it is" ("I think it's time"). */
const CLAUSE_VERBS = /^(say|think|believe|know|hope|feel|guess|suppose|reckon|mean|suspect|fear|expect|find|claim|argue|show|prove|see|realise|realize|agree|insist|accept|admit|deny|wish)$/;

/** "it's own" and "on it's website" for "its"; "its been" and "its too late" for "it's". */
export const itsItS: ConfusionCheck = {
  pair: "its / it's",
  words: ["it's", 'its'],
  check(context) {
    return context.lower(0) === "it's" ? possessiveSlot(context) : contractionSlot(context);
  },
};

/** Where "it's" stands for the possessive "its". */
function possessiveSlot(context: WordContext) {
  if (context.followedBy('own')) return { expected: 'its', why: 'before “own”', safe: true };
  const before = context.lower(-1);
  const afterPreposition = (PREPOSITIONS.has(before) || /^(all|amid|alongside|via)$/.test(before) || context.precededBy('such as')) && context.joined(-1, 0);
  // "at it's best": after a preposition, a superlative that ends the phrase.
  if (afterPreposition && context.tag(1) === 'JJS' && context.endsClause(1)) return { expected: 'its', why: `as a possessive after “${before}”`, safe: true };
  let noun = 1;
  while (/^(JJ|JJR|JJS)$/.test(context.tag(noun)) && noun < 3) noun++;
  // "by it's cover.": a word the tagger read as a verb that the lexicon also has as a noun, ending the phrase.
  const nounLike = /^(NN|NNS)$/.test(context.tag(noun)) || (lexicalTags(context.lower(noun)).some((tag) => tag === 'NN' || tag === 'NNS') && (context.endsClause(noun) || context.tag(noun + 1) === 'IN') && context.at(noun)!.text === context.lower(noun));
  if (!nounLike || !context.joined(0, noun)) return undefined;
  // "on it's website", "all it's footnotes": after a preposition only a possessive fits before a noun.
  if (afterPreposition) return { expected: 'its', why: `as a possessive after “${before}”`, safe: true };
  // "It's door is too small": "it is door" has no article, so the noun and its verb make "it's" the possessive
  // ("it's something we'll discuss" has a pronoun, and a new clause, after it).
  const verbAfter = context.at(noun + 1);
  const pronounLike = /^(something|nothing|anything|everything|time|one|news|part|home|money|business)$/.test(context.lower(noun));
  if (verbAfter && /^(VBZ|VBD|MD)$/.test(verbAfter.tag) && !/['’]/.test(verbAfter.text) && context.joined(noun, noun + 1) && !pronounLike) return { expected: 'its', why: 'as a possessive before a noun and its verb', safe: false };
  // "borrow it's approach": after a verb that cannot take a clause, a noun phrase, so a possessive.
  // "wears out it's welcome": a particle stands between the verb and its object.
  const verbAt = context.tag(-1) === 'RP' ? -2 : -1;
  const verb = context.at(verbAt);
  const objectEnds = context.endsClause(noun) || /^(IN|TO|CC)$/.test(context.tag(noun + 1));
  // "seen it's eyes": after a verb that may take a clause, only a plural noun rules out "it is".
  const clauseVerb = verb !== undefined && CLAUSE_VERBS.test(verb.lemma);
  if (verb && /^VB[DPZN]?$/.test(verb.tag) && (!clauseVerb || context.tag(noun) === 'NNS') && verb.lemma !== 'be' && objectEnds && context.joined(verbAt, 0) && !/^(time|worth)$/.test(context.lower(noun))) {
    return { expected: 'its', why: `as a possessive after “${verb.lower}”`, safe: false };
  }
  return undefined;
}

/** Where "its" stands for "it is" or "it has". */
function contractionSlot(context: WordContext) {
  if (!context.joined(0, 1)) return undefined;
  const next = context.lower(1);
  // "its too short shirt": a degree word inside the possessive's own noun phrase.
  const insidePhrase = /^(too|so)$/.test(next) && /^JJ/.test(context.tag(2)) && /^(NN|NNS)$/.test(context.tag(3));
  if (NOT_AFTER_POSSESSIVE.has(next) && !insidePhrase) return { expected: "it's", why: `before “${next}”`, safe: next === 'been' || next === 'not' || next === 'got' };
  if (next === 'going' && context.lower(2) === 'to') return { expected: "it's", why: 'before “going to”', safe: true };
  // "that its time to leave", "Its removing the errors": at a clause start, "its" before a predicate.
  const clauseStart = !context.at(-1) || /^(that|because|so|and|but|if|when|think|said|says)$/.test(context.lower(-1));
  if (clauseStart && next === 'time' && /^(to|for)$/.test(context.lower(2)) && context.joined(-1, 2)) return { expected: "it's", why: `before “time ${context.lower(2)}”`, safe: false };
  if (!context.at(-1) && context.tag(1) === 'VBG' && /^(DT|PRP\$)$/.test(context.tag(2))) return { expected: "it's", why: `before “${next}”`, safe: false };
  // "Its raining again": an -ing form the lexicon has only as a verb, opening the sentence, is a progressive.
  if (!context.at(-1) && context.tag(1) === 'VBG' && lexicalTags(next).every((tag) => tag === 'VBG') && context.joined(0, 1)) return { expected: "it's", why: `before “${next}”`, safe: false };
  if (/^(a|an|the|his|her|that)$/.test(next) && context.at(1)!.text === next && !(next === 'that' && !/^JJ/.test(context.tag(2)))) return { expected: "it's", why: `before “${next}”`, safe: false };
  if (PREDICATIVE.has(next) && context.joined(1, 2) && /^(that|to)$/.test(context.lower(2))) return { expected: "it's", why: `before “${next} ${context.lower(2)}”`, safe: true };
  // "Its critical for the project", "its amazing to see": an adjective that is never a noun takes "to",
  // "for" or "that" only as a predicate, so "its" is "it is".
  const readings = lexicalTags(next);
  const onlyAdjective = readings[0] === 'JJ' && readings.every((tag) => /^(JJ|VBG|RB)$/.test(tag)) && context.tag(1) === 'JJ';
  if (onlyAdjective && context.joined(1, 2) && /^(that|to|for)$/.test(context.lower(2))) return { expected: "it's", why: `before “${next} ${context.lower(2)}”`, safe: false };
  // "Its called recursion": at a clause start, a name given is "it is called".
  const name = context.at(2);
  if (clauseStart && /^(called|named)$/.test(next) && name && (/^\p{Lu}/u.test(name.text) || /^(a|an|the)$/.test(name.lower) || context.endsClause(2))) return { expected: "it's", why: `before “${next}”`, safe: false };
  // "She thinks its New York": after a verb that takes a clause, "its" before a name that ends the
  // clause is "it is" ("said its New York office" goes on to the possessed noun).
  if (context.at(-1) !== undefined && CLAUSE_VERBS.test(context.at(-1)!.lemma) && /^VB/.test(context.tag(-1)) && /^\p{Lu}/u.test(context.at(1)!.text)) {
    let end = 1;
    while (context.tag(end + 1) === 'NNP' && context.joined(end, end + 1)) end++;
    const name = Array.from({ length: end }, (_, i) => context.at(i + 1)!.text).join(' ');
    if (context.endsClause(end) && context.joined(-1, end)) return { expected: "it's", why: `before the name “${name}”`, safe: false };
  }
  // "its better for him": a comparative followed by a clause or a comparison, not a noun.
  if (context.tag(1) === 'JJR' && /^(for|than|to|if|when|that)$/.test(context.lower(2)) && context.joined(1, 2)) return { expected: "it's", why: `before “${next} ${context.lower(2)}”`, safe: false };
  return undefined;
}
