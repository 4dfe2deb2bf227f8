import type { Rule, RuleContext } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { adjacent } from './english/gaps.js';
import { DIRECT_OBJECT_VERBS, WRONG_OPENINGS, WRONG_PHRASES, WRONG_PREPOSITIONS } from './english/preposition-collocations.js';

/** `wrong-preposition` has no options. */
export type Options = Record<string, never>;

const RIGHT_PREPOSITION = new Map(WRONG_PREPOSITIONS.map(([head, wrong, right]) => [`${head} ${wrong}`, right]));
const DIRECT_OBJECT = new Set(DIRECT_OBJECT_VERBS.map(([verb, preposition]) => `${verb} ${preposition}`));
const PHRASES = WRONG_PHRASES.map(([wrong, right]) => ({ words: wrong.split(' '), right, atStart: false }));
const OPENINGS = WRONG_OPENINGS.map(([wrong, right]) => ({ words: wrong.split(' '), right, atStart: true }));
/** The listed phrases by their first word, so a word that starts none costs one lookup. */
const PHRASES_BY_FIRST_WORD = new Map<string, typeof PHRASES>();
for (const phrase of [...PHRASES, ...OPENINGS]) {
  const first = phrase.words[0]!;
  PHRASES_BY_FIRST_WORD.set(first, [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), phrase]);
}
/** Words after a phrase that make its last word a modifier or start a qualifier: "on the evening news", "on the morning of". */
const PHRASE_CONTINUES = /^(NN|NNS|NNP|NNPS|POS|VBG)$/;
/** "accused for years", "similar as before": a time or a number after the preposition starts another phrase. */
const NOT_COMPLEMENT = /^(years?|months?|weeks?|days?|decades?|hours?|time|now|before|ever|long|possible|much|many|well|usual|sure|certain|within|once|first|last|good)$/;
/** School subjects and skills, the things one is "good at". */
const SKILLS = new Set(['math', 'maths', 'mathematics', 'science', 'english', 'french', 'spanish', 'german', 'history', 'geography', 'physics', 'chemistry', 'biology', 'art', 'music', 'sport', 'sports', 'languages', 'studies', 'education', 'arts', 'computing']);
/** Plural time units that "the last" takes only with a number or "few" ("the last few years"). */
const LAST_UNITS = /^(years|months|decades|weeks|days|hours|minutes|centuries)$/;
/** Words after "the last years" that make it the final stretch of a span ("of his life", "before the vote"). */
const SPAN_FOLLOWS = /^(of|before|after|until|till|to|ahead|prior|leading|between|since|than|in|on|at|when|that|which|where)$/;
/** Adjectives and the preposition that brings in their object ("famous for", "interested in"). */
const GOVERNED_PREPOSITION: ReadonlyMap<string, string> = new Map([
  ['famous', 'for'], ['interested', 'in'], ['angry', 'with'], ['capable', 'of'], ['fond', 'of'], ['keen', 'on'], ['responsible', 'for'], ['proud', 'of'],
  ['accustomed', 'to'], ['afraid', 'of'], ['ashamed', 'of'], ['jealous', 'of'], ['addicted', 'to'], ['dependent', 'on'], ['scared', 'of'], ['envious', 'of'],
]);
/** Of those, the adjectives a clause may follow, so a possessive after them can start its subject ("afraid their jobs are"). */
const CLAUSE_ADJECTIVES = new Set(['afraid', 'scared', 'ashamed', 'proud', 'angry', 'jealous', 'envious']);
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been']);
/** A pronoun subject and "be" written as one word: "I'm", "she's". */
const PERSON_BE = /^(i|you|he|she|we|they)['’](m|s|re)$/;
const VERB = /^VB/;

/**
 * A collocation with the wrong preposition or a fixed phrase with the wrong word: "afraid from" (of),
 * "accused for" (of), "superior than" (to), "discuss about" (drop it), "good in swimming" (at),
 * "between three to five" (and), "today morning" (this morning), "in nowadays" (nowadays). The heads
 * come from a list of words that govern one preposition; only pairings that never read correctly are
 * listed, and a time or number after the preposition ("accused for years") starts another phrase.
 */
export const wrongPreposition: Rule<Options> = {
  meta: {
    id: 'wrong-preposition',
    kind: 'usage',
    description: 'A word followed by a preposition it does not take ("afraid from", "good in swimming")',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: {
      'wrong-preposition': 'Unexpected “{{actual}}”, expected “{{expected}}”',
      'needless-preposition': '“{{verb}}” takes a direct object: unexpected “{{preposition}}”',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        let covered = -1;
        for (const word of sentence.words) {
          if (word.quoted || word.index <= covered) continue;
          const next = sentence.words[word.index + 1];
          if (!next || !adjacent(document, word, next)) continue;
          const phrase = phraseAt(sentence, word.index, document);
          if (phrase) {
            covered = word.index + phrase.length - 1;
            report(context, document, word, sentence.words[covered]!, phrase.right);
            continue;
          }
          const missing = missingPreposition(sentence, word, next);
          if (missing !== undefined) {
            report(context, document, word, next, `${word.text} ${missing} ${next.text}`);
            continue;
          }
          const right = rightPreposition(sentence, word, next, document);
          if (right !== undefined) report(context, document, word, next, `${word.text} ${right}`);
          else if (VERB.test(word.tag) && DIRECT_OBJECT.has(`${word.lemma} ${next.lower}`)) {
            const range = { start: word.start, end: next.end };
            context.report({ messageId: 'needless-preposition', data: { verb: word.text, preposition: next.text }, range, actual: document.textOf(range), expected: [word.text] });
          }
        }
      },
    };
  },
};

function report(context: RuleContext, document: NewsDocument, first: Word, last: Word, expected: string): void {
  const range = { start: first.start, end: last.end };
  const actual = document.textOf(range);
  const cased = actual[0] === actual[0]!.toUpperCase() ? expected[0]!.toUpperCase() + expected.slice(1) : expected;
  context.report({ messageId: 'wrong-preposition', data: { actual, expected: cased }, range, actual, expected: [cased] });
}

/** A listed fixed phrase starting at word `i`: its length in words and the phrase meant. */
function phraseAt(sentence: Sentence, i: number, document: NewsDocument): { length: number; right: string } | undefined {
  for (const { words, right, atStart } of PHRASES_BY_FIRST_WORD.get(sentence.words[i]!.lower) ?? []) {
    if (atStart && i !== 0) continue;
    const matches = words.every((part, k) => {
      const word = sentence.words[i + k];
      return word?.lower === part && (k === 0 || adjacent(document, sentence.words[i + k - 1]!, word));
    });
    if (!matches) continue;
    const last = sentence.words[i + words.length - 1]!;
    const after = sentence.words[i + words.length];
    // A phrase ending on a preposition ("in front to", "countless of") takes its object next.
    const endsOnPreposition = /^(of|to|for|with|than)$/.test(last.lower);
    if (!endsOnPreposition && after && adjacent(document, last, after) && (PHRASE_CONTINUES.test(after.tag) || after.lower === 'of')) return undefined;
    return { length: words.length, right };
  }
  switch (sentence.words[i]!.lower) {
    case 'between':
      return betweenToAt(sentence, i, document);
    case 'the':
      return lastUnitsAt(sentence, i, document);
    case 'in':
      return inFavourAt(sentence, i, document);
    case 'a':
      return coupleOfAt(sentence, i, document);
    default:
      return undefined;
  }
}

/** "a couple months ago" → "a couple of months": "couple" takes "of" before a plural noun. */
function coupleOfAt(sentence: Sentence, i: number, document: NewsDocument): { length: number; right: string } | undefined {
  const [a, couple, noun] = [0, 1, 2].map((k) => sentence.words[i + k]);
  if (a?.lower !== 'a' || couple?.lower !== 'couple' || noun?.tag !== 'NNS' || !adjacent(document, a, couple) || !adjacent(document, couple, noun)) return undefined;
  // "a couple lives here": a plural that is also a verb may be the couple's own verb.
  if (lexicalTags(noun.lower).some((tag) => /^VB/.test(tag))) return undefined;
  return { length: 3, right: `${a.text} couple of ${noun.text}` };
}

/** "in the last years" → "in the last few years": "the last" and a plural time unit need a number or "few". */
function lastUnitsAt(sentence: Sentence, i: number, document: NewsDocument): { length: number; right: string } | undefined {
  const [the, last, units] = [0, 1, 2].map((k) => sentence.words[i + k]);
  // "count the last minutes it was seeded" counts the final ones; after "in" or "during" a span up to now is meant.
  if (!/^(in|during|over|within|throughout)$/.test(sentence.words[i - 1]?.lower ?? '')) return undefined;
  if (the?.lower !== 'the' || last?.lower !== 'last' || !units || !LAST_UNITS.test(units.lower) || !adjacent(document, the, last) || !adjacent(document, last, units)) return undefined;
  // "the last years of his life", "the last days before the vote": the final stretch of a span is right.
  const after = sentence.words[i + 3];
  if (after && adjacent(document, units, after) && (SPAN_FOLLOWS.test(after.lower) || /^(NN|NNS|NNP|NNPS|POS)$/.test(after.tag))) return undefined;
  return { length: 3, right: `${the.text} last few ${units.text}` };
}

/** "in favour doing" → "in favour of doing": "in favour" takes "of" before what is favoured. */
function inFavourAt(sentence: Sentence, i: number, document: NewsDocument): { length: number; right: string } | undefined {
  const [inWord, favour, verb] = [0, 1, 2].map((k) => sentence.words[i + k]);
  if (inWord?.lower !== 'in' || !favour || !/^favou?r$/.test(favour.lower) || verb?.tag !== 'VBG' || !adjacent(document, inWord, favour) || !adjacent(document, favour, verb)) return undefined;
  return { length: 3, right: `${inWord.text} ${favour.text} of ${verb.text}` };
}

/** "between three to five" → "between three and five". */
function betweenToAt(sentence: Sentence, i: number, document: NewsDocument): { length: number; right: string } | undefined {
  const [between, low, to, high] = [0, 1, 2, 3].map((k) => sentence.words[i + k]);
  if (between?.lower !== 'between' || low?.tag !== 'CD' || to?.lower !== 'to' || high?.tag !== 'CD') return undefined;
  if (![low, to, high].every((word, k) => adjacent(document, sentence.words[i + k]!, word))) return undefined;
  return { length: 4, right: `between ${low.text} and ${high.text}` };
}

/** The preposition `head` takes when `next` is one it does not take; undefined when the pairing is fine. */
function rightPreposition(sentence: Sentence, head: Word, next: Word, document: NewsDocument): string | undefined {
  const after = sentence.words[next.index + 1];
  const afterNext = sentence.words[next.index + 2];
  if (after && (NOT_COMPLEMENT.test(after.lower) || after.tag === 'CD')) return undefined;
  // "accused for the first time": "the" before a time word.
  if (after?.lower === 'the' && afterNext && NOT_COMPLEMENT.test(afterNext.lower)) return undefined;
  const before = sentence.words[head.index - 1];
  // "the accused for a murder case": a participle used as a noun.
  if (before?.tag === 'DT' && head.lemma !== head.lower) return undefined;
  if (head.lower === 'similar' && before?.lower === 'as') return undefined;
  const right = RIGHT_PREPOSITION.get(`${head.lemma} ${next.lower}`) ?? RIGHT_PREPOSITION.get(`${head.lower} ${next.lower}`);
  if (right !== undefined) return right;
  return goodAt(sentence, head, next, document);
}

/**
 * "is famous its beaches", "are interested learning", "was angry him": an adjective that governs a
 * preposition after "be", with its object straight after it. Object pronouns and -ing forms never follow
 * these adjectives directly; a possessive does only where a clause can follow ("afraid their jobs are").
 */
function missingPreposition(sentence: Sentence, head: Word, next: Word): string | undefined {
  const preposition = GOVERNED_PREPOSITION.get(head.lower);
  if (preposition === undefined) return undefined;
  let be = sentence.words[head.index - 1];
  // "is not interested", "was very fond": one adverb may stand between.
  if (be?.tag === 'RB') be = sentence.words[be.index - 1];
  if (be?.lemma !== 'be') return undefined;
  const object = /^(him|them|me|us)$/.test(next.lower) || (next.tag === 'VBG' && lexicalTags(next.lower)[0] === 'VBG') || (/^(his|their|its|our|my|your)$/.test(next.lower) && !CLAUSE_ADJECTIVES.has(head.lower));
  return object ? preposition : undefined;
}

/** "She is good in maths", "he was bad in swimming": a person's skill takes "at". */
function goodAt(sentence: Sentence, head: Word, next: Word, document: NewsDocument): string | undefined {
  if (!/^(good|bad|better|best|great|excellent|terrible|poor|brilliant)$/.test(head.lower) || next.lower !== 'in') return undefined;
  let verb = sentence.words[head.index - 1];
  // "I'm not so good in coding": up to two adverbs between "be" and the adjective.
  for (let k = 0; k < 2 && verb?.tag === 'RB'; k++) verb = sentence.words[verb.index - 1];
  if (!verb) return undefined;
  const subject = sentence.words[verb.index - 1];
  const personal = PERSON_BE.test(verb.lower) || (BE.has(verb.lower) && (subject?.tag === 'PRP' || subject?.tag === 'NNP'));
  if (!personal || subject?.lower === 'it') return undefined;
  for (let k = next.index + 1; k < Math.min(next.index + 4, sentence.words.length); k++) {
    const word = sentence.words[k]!;
    if (k > next.index + 1 && !adjacent(document, sentence.words[k - 1]!, word)) return undefined;
    if (word.tag === 'VBG' || /ing$/.test(word.lower) || SKILLS.has(word.lower)) return 'at';
    if (!/^(NN|JJ)$/.test(word.tag)) return undefined;
  }
  return undefined;
}
