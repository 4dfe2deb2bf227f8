import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { irregularPrincipalParts } from '../src/model/lemma-irregulars.js';
import { adjacent } from './english/gaps.js';
import { LIGHT_VERBS } from './english/light-verbs.js';
import { pastParticiple, presentParticiple } from './english/verb-inflection.js';

/** `wrong-light-verb` has no options. */
export type Options = Record<string, never>;

/** The light verb a noun takes, keyed by "wrong-verb noun". */
const RIGHT_VERB = new Map(LIGHT_VERBS.flatMap(([nouns, wrong, right]) => nouns.split(' ').flatMap((noun) => wrong.split(' ').map((verb) => [`${verb} ${noun}`, right] as const))));
const WRONG_VERBS = new Set(LIGHT_VERBS.flatMap(([, wrong]) => wrong.split(' ')));
/** Verbs whose object the learner puts after "to" or "at": "listen to a film" (watch), "assist to a meeting" (attend). */
const THROUGH_PREPOSITION = new Set(['listen', 'assist']);
const MODIFIER = /^(DT|PDT|PRP\$|JJ|JJR|JJS|CD|RB)$/;
const NOUN = /^(NN|NNS)$/;

/**
 * A noun with a light verb it does not take: "do a mistake" (make), "make homework" (do), "make a photo"
 * (take), "do a party" (have), "say a lie" (tell). The object is the last noun of the phrase after the
 * verb ("do a big mistake"); a noun followed by a verb is a subject ("why do mistakes happen?") and left alone.
 */
export const wrongLightVerb: Rule<Options> = {
  meta: {
    id: 'wrong-light-verb',
    kind: 'usage',
    description: 'A noun with a light verb it does not take ("do a mistake", "make homework")',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: {
      'wrong-light-verb': 'Unexpected “{{verb}}” with “{{noun}}”, expected “{{right}}”',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        for (const verb of sentence.words) {
          if (verb.quoted || !WRONG_VERBS.has(verb.lemma) || !/^VB/.test(verb.tag)) continue;
          // "a money making exercise": an -ing form after a noun or determiner is a modifier.
          if (verb.tag === 'VBG' && /^(NN|NNS|DT|JJ|PRP\$)$/.test(sentence.words[verb.index - 1]?.tag ?? '')) continue;
          // "listen to a film": the object comes after "to".
          const next = sentence.words[verb.index + 1];
          const opener = THROUGH_PREPOSITION.has(verb.lemma) && (next?.lower === 'to' || next?.lower === 'at') && adjacent(document, verb, next!) ? next! : verb;
          const noun = objectNoun(sentence, opener, document);
          const right = noun && RIGHT_VERB.get(`${verb.lemma} ${noun.lemma}`);
          if (!noun || !right) continue;
          // "watch and listen to films": the right verb is already there, joined to this one.
          if (sentence.words.slice(Math.max(0, verb.index - 3), verb.index).some((word) => word.lemma === right)) continue;
          // "do more hiking", "do some fishing": an amount of an activity takes "do".
          if (right === 'go' && noun.index > opener.index + 1) continue;
          const range = { start: verb.start, end: noun.end };
          const replacement = inflect(right, verb, sentence);
          const expected = `${verb.text[0] === verb.text[0]!.toUpperCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement}${document.source.slice(opener.end, noun.end)}`;
          context.report({ messageId: 'wrong-light-verb', data: { verb: verb.text, noun: noun.text, right: replacement }, range, actual: document.textOf(range), expected: [expected] });
        }
      },
    };
  },
};

/** The noun the verb (or the "to" after it) takes as object: the last noun of the phrase right after it, unless a verb follows (then it is a subject). */
function objectNoun(sentence: Sentence, verb: Word, document: NewsDocument): Word | undefined {
  let previous = verb;
  let k = verb.index + 1;
  const inPhrase = (word: Word | undefined): word is Word => word !== undefined && k - verb.index <= 4 && adjacent(document, previous, word);
  while (inPhrase(sentence.words[k]) && MODIFIER.test(sentence.words[k]!.tag)) previous = sentence.words[k++]!;
  let noun: Word | undefined;
  while (inPhrase(sentence.words[k]) && NOUN.test(sentence.words[k]!.tag)) noun = previous = sentence.words[k++]!;
  let after = sentence.words[k];
  // "opens the TV up to", "made the money back": a particle makes it a phrasal verb.
  if (after && /^(up|out|down|off|back|over|away)$/.test(after.lower)) return undefined;
  // "how does jogging slowly help": an adverb may stand before the subject's verb.
  if (after?.tag === 'RB') after = sentence.words[k + 1];
  // "why do mistakes happen": a subject; "make research worthwhile", "make his party aware": a causative;
  // "makes role playing games": the noun starts a compound.
  if (after && /^(VB|VBP|VBZ|VBD|VBG|MD|JJ|JJR)$/.test(after.tag)) return undefined;
  return noun;
}

const AUXILIARY = /^(have|has|had|having|be|is|are|was|were|been|being|get|got|gotten)$/;

/** `right` in the form of `like`, its first word inflected: "make" like "did" → "made", "turn on" like "opened" → "turned on". */
function inflect(right: string, like: Word, sentence: Sentence): string {
  const [base, ...rest] = right.split(' ');
  return [inflectVerb(base!, like, sentence), ...rest].join(' ');
}

function inflectVerb(base: string, like: Word, sentence: Sentence): string {
  const irregular = irregularPrincipalParts(base);
  // "made" is tagged a participle after "and" too: it is one only after "have" or "be".
  const participle = like.tag === 'VBN' && sentence.words.slice(Math.max(0, like.index - 3), like.index).some((word) => AUXILIARY.test(word.lower));
  if (participle) return pastParticiple(base);
  if (like.tag === 'VBD' || like.tag === 'VBN') return irregular?.past[0] ?? pastParticiple(base);
  if (like.tag === 'VBG') return presentParticiple(base);
  if (like.tag === 'VBZ') return base === 'have' ? 'has' : /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`;
  return base;
}
