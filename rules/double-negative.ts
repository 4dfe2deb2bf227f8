import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { adjacent } from './english/gaps.js';

/** `double-negative` has no options. */
export type Options = Record<string, never>;

/** Negative words and the form that keeps one negation ("didn't see nothing" → "anything"). */
const NEGATIVE_OBJECTS: Readonly<Record<string, string>> = { nothing: 'anything', nobody: 'anybody', nowhere: 'anywhere' };
const NEGATIVE_SUBJECTS = new Set(['nobody', 'nothing', 'none', 'no one', 'neither']);
/** "n't" with either apostrophe; a module constant because every word is tested, and a regex literal is a new object each time. */
const NEGATED_CONTRACTION = /n['’]t$/;
const DEGREE_NEGATIVES = new Set(['hardly', 'barely', 'scarcely']);
/** Words of a verb phrase that may stand between a negation and a negative object ("didn't really see", "told the residents"). */
const PHRASE_TAGS = /^(RB|VB|VBN|VBG|VBD|VBP|VBZ|PRP|MD|DT|PRP\$|JJ|NN|NNS)$/;
/** Verbs whose object may be a clause with its own negative subject ("can't believe nobody came"). */
const CLAUSE_VERBS = new Set(['believe', 'think', 'say', 'know', 'hope', 'mean', 'expect', 'suppose', 'guess', 'imagine', 'suggest', 'claim', 'deny', 'doubt', 'feel', 'realise', 'realize', 'accept']);

/**
 * Two negations in one clause where standard English has one: "didn't see nothing", "couldn't hardly
 * understand", "shouldn't not do", "Nobody told me nothing". In news copy they are slips outside
 * quotations and dialect inside them, so quotations are left alone. A negative word that is itself
 * the subject of a new clause ("can't believe nobody came") and "not" before an -ing form ("didn't
 * mind not being asked") are two meanings, not one doubled, and are not reported.
 */
export const doubleNegative: Rule<Options> = {
  meta: {
    id: 'double-negative',
    kind: 'grammar',
    description: 'Two negations in one clause ("didn\'t see nothing", "couldn\'t hardly")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: { doubled: 'Unexpected “{{second}}” after “{{first}}”: the clause is already negative{{hint}}' },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        const words = sentence.words;
        words.forEach((word, i) => {
          if (word.quoted || !isNegation(word)) return;
          const found = secondNegation(document, sentence, i);
          if (!found) return;
          const { second, expected } = found;
          const range = expected === '' ? { start: words[second.index - 1]!.end, end: second.end } : { start: second.start, end: second.end };
          context.report({
            messageId: 'doubled',
            data: { first: word.text, second: second.text, hint: expected === '' ? '' : `, expected “${expected}”` },
            range,
            actual: document.textOf(range),
            expected: expected === undefined ? [] : [expected],
            safe: false,
          });
        });
      },
    };
  },
};

/** "n't", "not", "never", or a negative subject opening the sentence ("Nobody told me…"). */
function isNegation(word: Word): boolean {
  return NEGATED_CONTRACTION.test(word.lower) || word.lower === 'not' || word.lower === 'never' || (word.index === 0 && NEGATIVE_SUBJECTS.has(word.lower));
}

/** The second negation in the verb phrase after the negation at `from`, and what should replace it (`''`: delete it). */
function secondNegation(document: NewsDocument, sentence: Sentence, from: number): { second: Word; expected: string | undefined } | undefined {
  const words = sentence.words;
  for (let k = from + 1; k < Math.min(words.length, from + 5); k++) {
    const word = words[k]!;
    if (!adjacent(document, words[k - 1]!, word)) return undefined;
    const next = words[k + 1];
    // "the hit Ain't Nobody": a capital inside the sentence is a title.
    if (NEGATIVE_OBJECTS[word.lower] !== undefined && word.text === word.lower) {
      // "can't believe nobody came": a negative subject of the verb's clause object.
      const subjectOfClause = next !== undefined && /^(VBD|VBZ|VBP|MD)$/.test(next.tag);
      const afterClauseVerb = words.slice(from + 1, k).some((between) => CLAUSE_VERBS.has(between.lemma));
      return subjectOfClause || afterClauseVerb ? undefined : { second: word, expected: NEGATIVE_OBJECTS[word.lower] };
    }
    if (word.lower === 'no' && next?.lower === 'one' && adjacent(document, word, next)) return { second: word, expected: undefined };
    // "couldn't hardly understand": which negation goes is the writer's choice.
    if (DEGREE_NEGATIVES.has(word.lower) && from > 0 && words[from]!.lower !== 'never') return { second: word, expected: undefined };
    // "shouldn't not do": a second "not" before a bare verb or participle ("didn't mind not being" is two clauses).
    // ("whether … or not did not apply" has two clauses: the first "not" must belong to an auxiliary.)
    const negatedAuxiliary = /n['’]t$/.test(words[from]!.lower) || (words[from]!.lower === 'not' && /^(MD|VBD|VBZ|VBP)$/.test(words[from - 1]?.tag ?? '') && words[from - 2]?.lower !== 'or');
    if (word.lower === 'not' && negatedAuxiliary && next !== undefined && /^(VB|VBN)$/.test(next.tag) && words.slice(from + 1, k).every((between) => /^(have|be)$/.test(between.lemma))) return { second: word, expected: '' };
    if (!PHRASE_TAGS.test(word.tag) || /^(that|if|whether)$/.test(word.lower)) return undefined;
  }
  return undefined;
}
