import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { adjacent } from './english/gaps.js';

/** `determiner-before-verb` has no options. */
export type Options = Record<string, never>;

const ARTICLES = new Set(['a', 'an', 'the']);
// "her" is also an object pronoun ("helped her improve"), so only the unambiguous possessives count.
const POSSESSIVES = new Set(['my', 'your', 'his', 'its', 'our', 'their']);
const VERB_READINGS = new Set(['VB', 'VBP', 'VBZ']);
/** Finite forms of "be" and "have", which never head a noun phrase (in lower case: "the Who" is a name). */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
const NOMINAL_READINGS = /^(NN|NNS|NNP|NNPS|JJ|JJR|JJS|RB|CD|FW|VBG|VBN|VBD)$/;
const ADJECTIVE = /^(JJ|JJR|JJS)$/;
const NOUN = /^(NN|NNS)$/;
/** Words tagged as adjectives that open a time or quantity phrase after a noun ("the report last month"). */
const NOT_MODIFIERS = new Set(['last', 'next', 'this', 'much', 'many', 'few', 'more', 'less', 'own', 'same', 'other', 'such', 'several', 'enough', 'early', 'late', 'earlier', 'later']);
/** Object pronouns: a noun is never followed by one directly, a transitive verb often is. */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'us', 'them']);

/**
 * A determiner directly before a verb that already has its object: "time for the ease harsh sanctions",
 * "their ensure the safety". A word counts as a verb when the lexicon knows it only as a verb and the
 * tagger could not read it otherwise, or when its likeliest reading is a verb and what follows is an
 * adjective and a noun, which a noun head does not take ("the ease harsh sanctions", not "the help desk").
 * An article right before "is", "are", "has"… has lost its noun ("The is the best day").
 * After "for the" the usual intent is "to" + verb, which is suggested; otherwise the fix needs a writer.
 */
export const determinerBeforeVerb: Rule<Options> = {
  meta: {
    id: 'determiner-before-verb',
    kind: 'grammar',
    description: 'A determiner directly before a verb and its object ("for the ease harsh sanctions")',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: { 'verb-after-determiner': 'Unexpected verb “{{verb}}” after “{{determiner}}”{{hint}}' },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        for (const verb of sentence.words) {
          const determiner = sentence.words[verb.index - 1];
          if (!determiner || !isDeterminer(determiner) || verb.quoted || !adjacent(document, determiner, verb)) continue;
          // "that A has n eigenvectors", "Thus An is": a capital "A" inside a sentence names something.
          if (/^An?$/.test(determiner.text) && determiner.index > 0) continue;
          // "The is the best day": an article before a finite "be" or "have" lost its noun.
          if (ARTICLES.has(determiner.lower) && FINITE_AUXILIARIES.has(verb.text)) {
            const range = { start: determiner.start, end: verb.end };
            context.report({ messageId: 'verb-after-determiner', data: { verb: verb.text, determiner: determiner.text, hint: '' }, range, actual: document.textOf(range), expected: [], safe: false });
            continue;
          }
          if (!readsAsVerb(sentence, verb, document)) continue;
          reportAt(sentence, determiner, verb);
        }
      },
    };

    function reportAt(sentence: Sentence, determiner: Word, verb: Word): void {
      const before = sentence.words[determiner.index - 1];
      const infinitive = ARTICLES.has(determiner.lower) && (before?.lower === 'for' || before?.lower === 'to') && adjacent(document, before, determiner);
      const start = infinitive ? before!.start : determiner.start;
      const range = { start, end: verb.end };
      context.report({
        messageId: 'verb-after-determiner',
        data: { verb: verb.text, determiner: determiner.text, hint: infinitive ? `: did you mean “to ${verb.text}”?` : '' },
        range,
        actual: document.textOf(range),
        expected: infinitive ? [`to ${verb.text}`] : [],
        safe: false,
      });
    }
  },
};

function isDeterminer(word: Word): boolean {
  return ARTICLES.has(word.lower) || (word.tag === 'PRP$' && POSSESSIVES.has(word.lower));
}

/** Whether `verb`, after a determiner, is a verb with its object rather than a noun or a modifier. */
function readsAsVerb(sentence: Sentence, verb: Word, document: NewsDocument): boolean {
  if (verb.text !== verb.lower || /[^a-z]/.test(verb.lower)) return false;
  const next = sentence.words[verb.index + 1];
  if (!next || !adjacent(document, verb, next)) return false;
  const readings = lexicalTags(verb.lower);
  if (readings.length === 0) return false;
  const onlyVerb = readings.every((tag) => VERB_READINGS.has(tag)) && VERB_READINGS.has(verb.tag);
  if (onlyVerb) return startsObject(sentence, next, document);
  // A verb by preference, read as a noun here: only an adjective + noun after it gives it away.
  const verbFirst = readings[0] === 'VB' || readings[0] === 'VBP';
  return verbFirst && !readings.some((tag) => NOMINAL_READINGS.test(tag) && tag !== 'NN') && adjectiveThenNoun(sentence, next, document);
}

/** The start of an object noun phrase: a determiner, a possessive, an object pronoun or adjective + noun. */
function startsObject(sentence: Sentence, next: Word, document: NewsDocument): boolean {
  if (next.lower === 'the' || next.lower === 'a' || next.lower === 'an' || next.tag === 'PRP$' || OBJECT_PRONOUNS.has(next.lower)) return true;
  return adjectiveThenNoun(sentence, next, document);
}

/** "harsh global sanctions": adjectives (not "last", "much"…) ending in a common noun, with no punctuation between. */
function adjectiveThenNoun(sentence: Sentence, first: Word, document: NewsDocument): boolean {
  let word: Word | undefined = first;
  let adjectives = 0;
  while (word && ADJECTIVE.test(word.tag) && !NOT_MODIFIERS.has(word.lower) && word.text === word.lower) {
    const following: Word | undefined = sentence.words[word.index + 1];
    if (!following || !adjacent(document, word, following)) return false;
    adjectives++;
    word = following;
  }
  return adjectives > 0 && word !== undefined && NOUN.test(word.tag);
}
