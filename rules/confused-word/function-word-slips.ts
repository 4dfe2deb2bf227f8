import type { ConfusionCheck } from './context.js';

/** "Neither the teachers or the students won" for "nor": "neither" pairs with "nor". */
export const neitherNor: ConfusionCheck = {
  pair: 'neither … or / neither … nor',
  words: ['or'],
  check(context) {
    for (let offset = -1; offset >= -5 && context.at(offset); offset--) {
      const word = context.at(offset)!;
      if (!context.joined(offset, offset + 1) || /^(VBZ|VBD|VBP|MD)$/.test(word.tag) || /^(nor|either|or|and)$/.test(word.lower)) return undefined;
      // "neither of them", "neither did I": "neither" as a pronoun or adverb, with its own clause.
      if (word.lower === 'neither') return /^(of|do|does|did|is|are|was|were|have|has|can|will|would|could)$/.test(context.lower(offset + 1)) ? undefined : { expected: 'nor', why: `after “neither”`, safe: false };
    }
    return undefined;
  },
};

/** "Please do not us this door" for "use": "us" where a negated "do" needs its verb. */
export const usUse: ConfusionCheck = {
  pair: 'us / use',
  words: ['us'],
  check(context) {
    const negatedDo = /^(don't|doesn't|didn't|dont)$/.test(context.lower(-1)) || (context.lower(-1) === 'not' && /^(do|does|did|please)$/.test(context.lower(-2)));
    if (!negatedDo || !context.joined(-2, 1) || !/^(DT|PRP\$|VB|NN|NNS)$/.test(context.tag(1))) return undefined;
    // "Why don't us…" is a dialect subject; only a negated "do" before a verb slot counts, so a question is left alone.
    if (/^(why|how)$/.test(context.lower(-2)) || /^(why|how)$/.test(context.lower(-3))) return undefined;
    return { expected: 'use', why: `as the verb after “${context.lower(-1)}”`, safe: false };
  },
};

/** "What is the easiest was to learn?" for "way": a superlative, "was" and "to" with a verb. */
export const wasWay: ConfusionCheck = {
  pair: 'was / way',
  words: ['was'],
  check(context) {
    const superlative = /^(JJS|RBS)$/.test(context.tag(-1)) || /^(best|worst|easiest|fastest|quickest|simplest|cheapest|only)$/.test(context.lower(-1));
    if (!superlative || context.lower(-2) !== 'the' || context.lower(1) !== 'to' || context.tag(2) !== 'VB' || !context.joined(-2, 2)) return undefined;
    return { expected: 'way', why: `after “the ${context.lower(-1)}” and before “to”`, safe: false };
  },
};

/** "I the data hold, we publish" for "If": a conditional clause that opens on "I" and a noun phrase, with its main clause after a comma. */
export const iIf: ConfusionCheck = {
  pair: 'I / if',
  words: ['i'],
  check(context) {
    if (context.at(-1) !== undefined || context.word.text !== 'I' || !context.joined(0, 1)) return undefined;
    if (!/^(the|a|an|this|that|these|those|my|your|his|her|our|their|we|you|they|it|he|she)$/.test(context.lower(1))) return undefined;
    // The main clause after a comma is what makes the opening a condition ("I, the undersigned" has its comma first).
    const comma = context.sentenceWords.some((_, i) => i > 1 && /,/.test(context.gapBefore(i)));
    return comma ? { expected: 'if', why: 'opening a condition before a comma', safe: false } : undefined;
  },
};

/** Verbs of opinion that take a clause ("I think it would be a shame"). */
const OPINION_VERBS = new Set(['think', 'believe', 'doubt', 'guess', 'suppose', 'hope', 'feel', 'reckon', 'fear', 'expect']);
/** Nouns that judge a state of affairs and never describe a person: "a pity", "a good idea", "a relief" (not "a fit", "a teacher"). */
const VERDICT_NOUNS = new Set(['shame', 'pity', 'idea', 'bummer', 'mistake', 'relief', 'coincidence', 'tragedy']);

/**
 * "I think I would be a shame if it closed", "They doubt I will be a good idea" for "it": after a verb of
 * opinion, "I" + modal (or "I'd", "I'll") + "be a" + a noun that judges a state of affairs. "I think I would be a good fit"
 * has a noun for a person, and "I would be a shame to my family" (a disgrace to) is left alone.
 */
export const iIt: ConfusionCheck = {
  pair: 'I / it',
  words: ['i', "i'd", "i'll"],
  check(context) {
    const opinion = context.at(-1)?.lower === 'that' ? context.at(-2) : context.at(-1);
    // "I'd", "I'll" carry their modal; a bare "I" needs one next.
    const contracted = context.lower(0) !== 'i';
    if (opinion === undefined || !OPINION_VERBS.has(opinion.lemma) || (!contracted && context.tag(1) !== 'MD')) return undefined;
    // The tagger may read "doubt" after its subject as a noun; a subject pronoun before it makes it the verb.
    if (!/^VB/.test(opinion.tag) && !/^(i|you|we|they|he|she)$/.test(context.sentenceWords[opinion.index - 1]?.lower ?? '')) return undefined;
    const modal = contracted ? 0 : 1;
    const be = context.lower(modal + 1) === 'not' ? modal + 2 : modal + 1;
    if (context.lower(be) !== 'be' || !/^(a|an)$/.test(context.lower(be + 1)) || !context.joined(0, be + 1)) return undefined;
    let noun = be + 2;
    while (!VERDICT_NOUNS.has(context.lower(noun)) && /^(JJ|JJR|JJS|RB)$/.test(context.tag(noun)) && context.joined(noun - 1, noun)) noun++;
    if (!VERDICT_NOUNS.has(context.lower(noun)) || !context.joined(noun - 1, noun)) return undefined;
    // "a relief pitcher" is a person; "a shame to the family" is one too, while "a pity to miss" judges missing it.
    const toSomeone = context.lower(noun + 1) === 'to' && /^(DT|PRP\$|PRP|NN|NNS|NNP|CD)$/.test(context.tag(noun + 2));
    if (/^NN/.test(context.tag(noun + 1)) || (/^(shame|pity)$/.test(context.lower(noun)) && (toSomeone || /^(for|on|upon)$/.test(context.lower(noun + 1))))) return undefined;
    const phrase = Array.from({ length: noun - be + 1 }, (_, k) => context.lower(be + k)).join(' ');
    return { expected: contracted ? `it${context.lower(0).slice(1)}` : 'it', why: `as the subject of “${phrase}”`, safe: false };
  },
};

/** Words after which a subject pronoun opens a clause. */
const CLAUSE_OPENERS = /^(where|when|what|that|if|as|because|and|but|so|than|since|while|who|which|unless|until)$/;

/**
 * "where you though it was", "I though that": "though" straight after a subject pronoun and before a
 * clause is the verb "thought". The contrast "though" stands apart ("You, though, were right") or ends
 * its clause ("I liked it, though").
 */
export const thoughThought: ConfusionCheck = {
  pair: 'though / thought',
  words: ['though'],
  check(context) {
    if (!/^(i|you|we|they|he|she)$/.test(context.lower(-1)) || !context.joined(-1, 1)) return undefined;
    // "you" is a subject only where a clause starts ("where you though"), not after a verb or preposition ("agree with you though").
    if (context.lower(-1) === 'you' && context.at(-2) !== undefined && !CLAUSE_OPENERS.test(context.lower(-2))) return undefined;
    return /^(it|that|the|he|she|they|we|i|you|this|there|so)$/.test(context.lower(1)) ? { expected: 'thought', why: `after the subject “${context.at(-1)!.text}”`, safe: false } : undefined;
  },
};
