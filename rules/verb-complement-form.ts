import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { lemmatize } from '../src/model/lemma.js';
import { knows, lexicalTags } from '../src/model/tagger-lexicon.js';
import { adjacent } from './english/gaps.js';
import { presentParticiple } from './english/verb-inflection.js';

/** `verb-complement-form` has no options. */
export type Options = Record<string, never>;

/** Verbs that take an -ing form, never "to" and a verb ("enjoy running", not "enjoy to run"). */
const GERUND_VERBS = new Set(['enjoy', 'avoid', 'consider', 'finish', 'mind', 'risk', 'miss', 'postpone', 'delay', 'quit', 'resist', 'dislike', 'detest', 'deny', 'practise', 'practice', 'keep']);
/** Phrases whose "to" is a preposition, so a verb after them takes -ing ("look forward to seeing"). */
const PREPOSITIONAL_TO = /^(forward|accustomed)$/;
/** Adjectives that take "to" before a verb ("ready to start"). */
const TO_ADJECTIVES = new Set(['ready', 'eager', 'able', 'unable', 'willing', 'unwilling', 'likely', 'unlikely', 'keen', 'reluctant', 'determined']);
/** Verbs and adjectives whose "to" can only be the infinitive's ("prefer to change", not "prefer to changing"). */
const INFINITIVE_VERBS = new Set(['want', 'need', 'decide', 'hope', 'plan', 'try', 'refuse', 'fail', 'manage', 'prefer', 'seem', 'tend', 'wish', 'intend', 'going', 'afford', 'pretend', 'promise', 'threaten', 'vow', ...TO_ADJECTIVES]);
/** Verbs that take an object and "to" with the verb ("allowed me to do"), not a bare verb. */
const OBJECT_INFINITIVE_VERBS = new Set(['allow', 'permit', 'enable', 'force', 'encourage', 'urge', 'ask', 'want', 'expect', 'persuade', 'invite', 'order', 'advise', 'tell', 'require', 'oblige']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it']);
/** Verbs that take an object and the bare verb ("let them go", "made him wait"). */
const CAUSATIVES = new Set(['let', 'make']);
/** Verbs that take "to" before a verb, never the bare verb ("wants to leave", not "wants leave"). */
const TO_VERBS = new Set(['want', 'need', 'agree', 'forget', 'refuse', 'try', 'mean', 'decide', 'plan', 'hope', 'promise', 'manage', 'fail', 'learn', 'expect', 'resolve', 'intend', 'attempt', 'choose', 'seek', 'strive', 'struggle', 'threaten', 'vow', 'pledge', 'hesitate', 'arrange', 'deserve', 'tend', 'seem', 'wish', 'pretend', 'neglect']);
/** Words that start the object of a verb and never follow a bare noun ("forgot send the file"). */
const OBJECT_START = /^(a|an|the|my|your|his|her|its|our|their|me|him|us|them|it|you)$/;

/**
 * What the word before a complement can be for any check to apply: "to", "not" or an object pronoun
 * before the verb, "how" or an adjective that takes "to"; or, by lemma, a verb that governs it. Most words
 * follow none of them, and two lookups pass them over.
 */
const GOVERNING_WORDS = new Set(['to', 'not', 'how', ...OBJECT_PRONOUNS, ...TO_ADJECTIVES]);
const GOVERNING_LEMMAS = new Set(['afford', 'help', 'advise', 'need', 'want', ...OBJECT_INFINITIVE_VERBS, ...TO_VERBS]);

interface Finding {
  word: Word;
  /** The start of the span to replace (the "to" or the verb itself). */
  from: Word;
  messageId: 'gerund' | 'infinitive';
  expected: string;
}

/**
 * A verb whose complement has the wrong form: "enjoy to run" and "look forward to see" (-ing
 * belongs there), "prefer to changing" (the infinitive's "to" takes the bare verb), "helped
 * carrying the bags", "advised us not staying", "allowed me do it" and "cannot afford spend" ("to"
 * and the bare verb belong there), and "want that I send" ("want me to send"). Passives ("is considered to be"), "can't help thinking" and
 * quotations are left alone.
 */
export const verbComplementForm: Rule<Options> = {
  meta: {
    id: 'verb-complement-form',
    kind: 'grammar',
    description: 'A verb complement in the wrong form ("enjoy to run", "helped carrying", "allowed me do")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: {
      gerund: 'Unexpected “{{actual}}” after “{{governor}}”, expected “{{expected}}”',
      infinitive: 'Unexpected “{{actual}}” after “{{governor}}”, expected “{{expected}}”',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        for (const word of sentence.words) {
          const previous = sentence.words[word.index - 1];
          if (word.quoted || !previous || (!GOVERNING_WORDS.has(previous.lower) && !GOVERNING_LEMMAS.has(previous.lemma))) continue;
          const finding =
            gerundAfterTo(document, sentence, word) ?? bareAfterTo(document, sentence, word) ?? infinitiveWanted(document, sentence, word) ?? wantThat(document, sentence, word) ?? modalNeed(document, sentence, word) ?? causativeTo(document, sentence, word) ?? toMissing(document, sentence, word) ?? usedToBare(document, sentence, word);
          if (!finding) continue;
          const range = { start: finding.from.start, end: finding.word.end };
          const governor = governorText(sentence, finding.from);
          context.report({
            messageId: finding.messageId,
            data: { actual: document.textOf(range), governor, expected: finding.expected },
            range,
            actual: document.textOf(range),
            expected: [finding.expected],
            safe: false,
          });
        }
      },
    };
  },
};

/** "enjoy to run", "look forward to see", "accustomed to run": a bare verb where -ing belongs. */
function gerundAfterTo(document: NewsDocument, sentence: Sentence, verb: Word): Finding | undefined {
  const to = sentence.words[verb.index - 1];
  const governor = sentence.words[verb.index - 2];
  // After "to" a word the lexicon has as a verb reads as one ("enjoy to travel").
  if (verb.tag !== 'VB' || to?.lower !== 'to' || !governor || !joined(document, sentence, governor.index, verb.index) || !lexicalTags(verb.lower).includes('VB')) return undefined;
  const before = sentence.words[governor.index - 1];
  const passive = before !== undefined && /^(be|is|are|was|were|been|being)$/.test(before.lower);
  // "what the US considers to be good": an object moved away from its verb leaves "to be".
  // "a seven-second time delay to allow": after a determiner or adjective the governor is a noun, and
  // after a singular noun too unless it agrees as that noun's verb ("the firm avoids").
  const nounGovernor = before !== undefined && (/^(DT|JJ|PRP\$|CD)$/.test(before.tag) || (before.tag === 'NN' && !/^(VBZ|VBD)$/.test(governor.tag)));
  const gerundVerb = GERUND_VERBS.has(governor.lemma) && /^VB/.test(governor.tag) && !passive && !nounGovernor && verb.lower !== 'be';
  // "looking forward to snow": after a prepositional "to" a noun fits too, so the word must read as a verb first or take an object.
  const prepositional = PREPOSITIONAL_TO.test(governor.lower) && (verbOnly(verb) || startsObject(sentence.words[verb.index + 1]));
  if (!gerundVerb && !prepositional) return undefined;
  const form = presentParticiple(verb.lemma);
  return gerundVerb ? { word: verb, from: to, messageId: 'gerund', expected: form } : { word: verb, from: verb, messageId: 'gerund', expected: form };
}

/** The bare verb of an -ing form, whatever the tagger read it as ("spending" → "spend"). */
function baseOfIng(verb: Word): string {
  if (verb.tag === 'VBG') return verb.lemma;
  return lemmatize(verb.lower, 'VBG', knows);
}

/**
 * "I'm used to run every day": "be used to" (accustomed) takes -ing. Only "I", "we" and "you" count as the
 * subject, since "it is used to run the servers" is the passive of "use".
 */
function usedToBare(document: NewsDocument, sentence: Sentence, verb: Word): Finding | undefined {
  const words = sentence.words;
  const [be, used, to] = [words[verb.index - 3], words[verb.index - 2], words[verb.index - 1]];
  if (!be || used?.lower !== 'used' || to?.lower !== 'to' || verb.tag !== 'VB' || !joined(document, sentence, be.index, verb.index)) return undefined;
  const person = /^(i'm|i’m|we're|we’re|you're|you’re)$/.test(be.lower) || (/^(am|are)$/.test(be.lower) && /^(i|we|you)$/.test(words[be.index - 1]?.lower ?? ''));
  if (!person || verb.lemma === 'be' || !lexicalTags(verb.lower).includes('VB')) return undefined;
  return { word: verb, from: verb, messageId: 'gerund', expected: presentParticiple(verb.lemma) };
}

/** "prefer to changing": after an infinitive-only verb, "to" takes the bare verb. */
function bareAfterTo(document: NewsDocument, sentence: Sentence, verb: Word): Finding | undefined {
  const to = sentence.words[verb.index - 1];
  const governor = sentence.words[verb.index - 2];
  if (verb.tag !== 'VBG' || to?.lower !== 'to' || !governor || !joined(document, sentence, governor.index, verb.index)) return undefined;
  if (!INFINITIVE_VERBS.has(governor.lemma) && !INFINITIVE_VERBS.has(governor.lower)) return undefined;
  // "going to" is also movement ("going to meetings"): only an -ing form the lexicon has as a verb first counts.
  if (lexicalTags(verb.lower)[0] !== 'VBG') return undefined;
  return { word: verb, from: verb, messageId: 'infinitive', expected: verb.lemma };
}

/** "helped carrying", "advised us not staying", "allowed me do", "cannot afford spend": "to" and the bare verb belong. */
function infinitiveWanted(document: NewsDocument, sentence: Sentence, verb: Word): Finding | undefined {
  const words = sentence.words;
  let k = verb.index - 1;
  const negated = words[k]?.lower === 'not';
  if (negated) k--;
  const object = words[k] !== undefined && OBJECT_PRONOUNS.has(words[k]!.lower) && words[k]!.tag === 'PRP';
  if (object) k--;
  const governor = words[k];
  if (!governor || !joined(document, sentence, k, verb.index) || !/^VB/.test(governor.tag)) return undefined;
  const to = `${negated ? 'not ' : ''}to ${verb.tag === 'VBG' ? verb.lemma : verb.lower}`;
  const from = words[object ? k + 2 : k + 1]!;
  // "cannot afford spending": the tagger may read the -ing form as a noun.
  const ing = verb.tag === 'VBG' || (/ing$/.test(verb.lower) && lexicalTags(verb.lower).includes('VBG'));
  if (ing && governor.lemma === 'afford') return { word: verb, from, messageId: 'infinitive', expected: `${negated ? 'not ' : ''}to ${baseOfIng(verb)}` };
  // "Need help crunching the numbers?": after "need", "get" or "any" the word "help" is a noun.
  if (governor.lemma === 'help' && /^(need|needs|needed|want|wants|wanted|get|gets|got|seek|seeks|sought|any|some|more|no|extra)$/.test(words[k - 1]?.lower ?? '')) return undefined;
  if (verb.tag === 'VBG' && (governor.lemma === 'help' || governor.lemma === 'advise') && (negated || object || startsObject(words[verb.index + 1]))) {
    // "can't help thinking" is an idiom.
    if (governor.lemma === 'help' && words.slice(Math.max(0, k - 2), k).some((word) => /n['’]t$|^(not|cannot)$/.test(word.lower))) return undefined;
    if (governor.lemma === 'advise' && !negated) return undefined;
    return { word: verb, from, messageId: 'infinitive', expected: to };
  }
  // "helped built the house", "has helped improved our code": "help" takes the bare verb, not a past form
  // ("that helped, did it?" asks a question of its own).
  // "products that helped included the Vaio": after "that" or "which" the help may end its clause.
  if (governor.lemma === 'help' && /^(that|which)$/.test(words[k - 1]?.lower ?? '')) return undefined;
  if (governor.lemma === 'help' && /^(VBD|VBN)$/.test(verb.tag) && !/^(be|do|have)$/.test(verb.lemma) && verb.lemma !== verb.lower && lexicalTags(verb.lemma).includes('VB') && startsObject(words[verb.index + 1])) {
    return { word: verb, from: verb, messageId: 'infinitive', expected: verb.lemma };
  }
  // "don't need change them": the full verb "need" takes "to"; its verb's own object gives it away.
  const negatedNeed = governor.lemma === 'need' && /n['’]t$|^not$/.test(words[k - 1]?.lower ?? '') && !object && !negated;
  if (negatedNeed && /^(PRP|DT|PRP\$)$/.test(words[verb.index + 1]?.tag ?? '') && lexicalTags(verb.lower).includes('VB')) return { word: verb, from, messageId: 'infinitive', expected: to };
  // "the projects she tells you are": a clause, not a bare verb.
  if ((verb.tag !== 'VB' && verb.lower !== 'do') || verb.lemma === 'be' || verb.lemma === 'have') return undefined;
  if (!verbOnly(verb) && verb.lower !== 'do') return undefined;
  if (governor.lemma === 'afford' || (object && OBJECT_INFINITIVE_VERBS.has(governor.lemma))) return { word: verb, from, messageId: 'infinitive', expected: to };
  return undefined;
}

/**
 * "let me to decide", "made them to wait": active "let" and "make" take an object and the bare verb.
 * The object is a pronoun, an indefinite ("anyone") or a short noun phrase; "was made to wait" is a
 * passive, which takes "to", and "made it to the final" has no verb after "to".
 */
function causativeTo(document: NewsDocument, sentence: Sentence, verb: Word): Finding | undefined {
  const words = sentence.words;
  const to = words[verb.index - 1];
  if (verb.tag !== 'VB' || to?.lower !== 'to' || !lexicalTags(verb.lower).includes('VB')) return undefined;
  for (let objectStart = verb.index - 2; objectStart >= Math.max(1, verb.index - 4); objectStart--) {
    const governor = words[objectStart - 1]!;
    if (!CAUSATIVES.has(governor.lemma) && !/^let['’]?s$/.test(governor.lower)) continue;
    const object = words.slice(objectStart, verb.index - 1);
    if (!isCausativeObject(object, governor.lemma === 'make') || !joined(document, sentence, objectStart - 1, verb.index)) return undefined;
    // "was made to wait", "were let to rot": a passive takes "to".
    if (/^(be|is|are|was|were|been|being|get|got|gets)$/.test(words[objectStart - 2]?.lower ?? '')) return undefined;
    return { word: verb, from: to, messageId: 'infinitive', expected: verb.lower };
  }
  return undefined;
}

/**
 * An object a causative verb takes before its bare verb: a pronoun or an indefinite ("anyone"); after
 * "let" also a plural or a determiner and a noun. After "make" a noun is its object with a purpose
 * clause ("made moves to regain", "make the sacrifices to succeed").
 */
function isCausativeObject(words: readonly Word[], make: boolean): boolean {
  const [first, second] = words;
  const pronoun = words.length === 1 && ((OBJECT_PRONOUNS.has(first!.lower) && first!.tag === 'PRP') || /^(any|every|some|no)(one|body)$/.test(first!.lower));
  if (pronoun || make) return pronoun;
  if (words.length === 1) return first!.tag === 'NNS';
  return words.length === 2 && first!.tag === 'DT' && /^(NN|NNS)$/.test(second!.tag);
}

/**
 * "wants leave the team", "eager see the results", "how install it": a bare verb after a verb or
 * adjective that takes "to", or after "how". "wants peace", "need help with" and "how much" have a
 * noun or a degree word there, so the word must be one the lexicon has only as a verb ("send",
 * "install"), or a verb followed by the start of its own object ("refused answer the question").
 */
function toMissing(document: NewsDocument, sentence: Sentence, verb: Word): Finding | undefined {
  const words = sentence.words;
  const governor = words[verb.index - 1];
  if (!governor || !takesToInfinitive(words, governor)) return undefined;
  if (verb.text !== verb.lower || /^(be|have|do|dare|come)$/.test(verb.lemma) || !lexicalTags(verb.lower).includes('VB') || !joined(document, sentence, governor.index, verb.index)) return undefined;
  const next = words[verb.index + 1];
  const readings = lexicalTags(verb.lower);
  // "seems like a", "how can you", "how will our brains": a preposition or modal is not the verb meant;
  // "how well", "how long", "how calm you are": after "how" an adjective or adverb reading asks a degree.
  if (readings.some((tag) => tag === 'IN' || tag === 'MD') || (governor.lower === 'how' && readings.some((tag) => /^(JJ|RB)$/.test(tag)))) return undefined;
  const objectFollows = next !== undefined && OBJECT_START.test(next.lower) && joined(document, sentence, verb.index, next.index);
  // "tried create+modify", "failed edit attempts": a verb-only word must stand on its own, not in a compound.
  const standsAlone = next === undefined ? /^[.!?]/.test(document.source.slice(verb.end)) : /^(\s+|[,;:.!?]\s*)$/.test(document.source.slice(verb.end, next.start));
  const onlyVerb = readings.every((tag) => /^(VB|VBP|UH)$/.test(tag)) && standsAlone && !(governor.lower !== 'how' && /^(NN|NNS)$/.test(next?.tag ?? ''));
  if (!onlyVerb && !objectFollows) return undefined;
  return { word: verb, from: verb, messageId: 'infinitive', expected: `to ${verb.lower}` };
}

/** Whether `governor` takes "to" and a verb: a listed verb used as a verb, a listed adjective after "be", or "how". */
function takesToInfinitive(words: readonly Word[], governor: Word): boolean {
  if (governor.lower === 'how') return true;
  const before = words[governor.index - 1];
  if (TO_ADJECTIVES.has(governor.lower)) {
    // "ready meals" is a noun phrase; "we're ready start" and "is not able see" have the adjective as a predicate.
    return before !== undefined && (before.lemma === 'be' || (before.tag === 'RB' && words[before.index - 1]?.lemma === 'be'));
  }
  if (!/^VB/.test(governor.tag) || !TO_VERBS.has(governor.lemma)) return false;
  // "the plans call", "his hopes rest", "by all means take": a noun after a determiner, not a verb.
  return before === undefined || !(/^(DT|PRP\$|JJ|POS|CD)$/.test(before.tag) || /^(all|by)$/.test(before.lower) || /['’]s$/.test(before.lower));
}

/** "need not to change", "needn't to change": the modal "need" takes a bare verb. */
function modalNeed(document: NewsDocument, sentence: Sentence, verb: Word): Finding | undefined {
  const words = sentence.words;
  const to = words[verb.index - 1];
  if (verb.tag !== 'VB' || to?.lower !== 'to') return undefined;
  const modal = /^needn['’]t$/.test(words[verb.index - 2]?.lower ?? '') || (words[verb.index - 2]?.lower === 'not' && words[verb.index - 3]?.lower === 'need');
  const start = /^needn/.test(words[verb.index - 2]?.lower ?? '') ? verb.index - 2 : verb.index - 3;
  if (!modal || !joined(document, sentence, start, verb.index)) return undefined;
  return { word: verb, from: to, messageId: 'infinitive', expected: verb.lower };
}

const OBJECT_FORM: Readonly<Record<string, string>> = { i: 'me', you: 'you', he: 'him', she: 'her', we: 'us', they: 'them', it: 'it' };

/** "want that I send": "want" takes an object and "to", never a "that" clause ("want me to send"). */
function wantThat(document: NewsDocument, sentence: Sentence, that: Word): Finding | undefined {
  const want = sentence.words[that.index - 1];
  const pronoun = sentence.words[that.index + 1];
  if (that.lower !== 'that' || want?.lemma !== 'want' || !/^VB/.test(want.tag) || !pronoun || !Object.hasOwn(OBJECT_FORM, pronoun.lower)) return undefined;
  const verb = sentence.words[pronoun.index + 1];
  if (!joined(document, sentence, want.index, pronoun.index) || !verb || !lexicalTags(verb.lower).some((tag) => /^VB/.test(tag))) return undefined;
  return { word: pronoun, from: that, messageId: 'infinitive', expected: `${OBJECT_FORM[pronoun.lower]} to` };
}

function startsObject(word: Word | undefined): boolean {
  return word !== undefined && /^(DT|PRP\$|PRP)$/.test(word.tag);
}

/** A word the lexicon knows only as a verb: "run" is also a noun, but after "to" only the verb fits. */
function verbOnly(word: Word): boolean {
  const readings = lexicalTags(word.lower);
  return readings.length > 0 && /^VB/.test(readings[0]!) && !readings.includes('IN');
}

function governorText(sentence: Sentence, from: Word): string {
  let k = from.index - 1;
  while (k > 0 && /^(not|to|me|him|her|us|them|you|it)$/.test(sentence.words[k]!.lower)) k--;
  return sentence.words[k]?.text ?? '';
}

function joined(document: NewsDocument, sentence: Sentence, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (!adjacent(document, sentence.words[k - 1]!, sentence.words[k]!)) return false;
  return true;
}
