import type { Rule } from '../src/engine/types.js';
import type { Sentence, Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';

/** `missing-apostrophe` has no options. */
export type Options = Record<string, never>;

/** Negated auxiliaries written without their apostrophe, or cut off before it ("doesn work"). */
const NEGATIONS = new Map<string, string>();
for (const verb of ['do', 'does', 'did', 'is', 'was', 'are', 'were', 'could', 'would', 'should', 'have', 'has', 'had', 'must', 'need']) {
  NEGATIONS.set(`${verb}nt`, `${verb}n't`);
  // "don" (to put on) is a word.
  if (verb !== 'do') NEGATIONS.set(`${verb}n`, `${verb}n't`);
}
NEGATIONS.set('shan', "shan't");
NEGATIONS.set('shant', "shan't");
// Cut-off forms ("doesn", "isn") and "haven" (a refuge) need a subject before them to be read as
// auxiliaries; "cant" and "wont" are words too and are read separately.
const CONTEXTUAL = new Set(['haven', 'hadn', 'mustn', 'needn', 'isn', 'aren', 'weren', 'wasn', 'hasn', 'didn', 'doesn', 'couldn', 'wouldn', 'shouldn', 'shan', 'mustnt', 'neednt']);
/** Pronoun contractions cut short: "I'l", "we'r", "we'v". */
const SHORT_CONTRACTION = /^(i|you|we|they|he|she|it)['’](l|r|v)$/i;
const COMPLETED: Readonly<Record<string, string>> = { l: 'll', r: 're', v: 've' };

/**
 * A contraction that has lost its apostrophe or part of its ending: "doesnt", "It doesn work", "I
 * haven a clue", "I cant view", "I'l", "we'r". Forms that are also words ("haven", "cant", "wont",
 * "don") count only where a verb's place makes the contraction certain.
 */
export const missingApostrophe: Rule<Options> = {
  meta: {
    id: 'missing-apostrophe',
    kind: 'punctuation',
    description: 'A contraction without its apostrophe or cut short ("doesnt", "doesn work", "I cant", "we\'r")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: { missing: 'Unexpected “{{actual}}”, expected “{{expected}}”' },
  },
  create(context) {
    return {
      sentence(sentence) {
        for (const word of sentence.words) {
          if (word.quoted) continue;
          const expected = repaired(sentence, word);
          if (!expected) continue;
          const styled = /^\p{Lu}/u.test(word.text) ? expected.charAt(0).toUpperCase() + expected.slice(1) : expected;
          context.report({ messageId: 'missing', data: { actual: word.text, expected: styled }, node: word, expected: [styled], safe: false });
        }
      },
    };
  },
};

function repaired(sentence: Sentence, word: Word): string | undefined {
  const lower = word.lower;
  const short = word.text.match(SHORT_CONTRACTION);
  if (short) return `${short[1]!.toLowerCase() === 'i' ? 'I' : short[1]!.toLowerCase()}'${COMPLETED[short[2]!.toLowerCase()]}`;
  // Most words are neither a bare "cant"/"wont" nor a listed negation: nothing more needs reading.
  if (lower !== 'cant' && lower !== 'wont' && !NEGATIONS.has(lower)) return undefined;
  const before = sentence.words[word.index - 1];
  const after = sentence.words[word.index + 1];
  const subjectBefore = before !== undefined && (before.tag === 'PRP' || /^(NN|NNS|NNP|EX)$/.test(before.tag) || /^(there|this|that|it)$/.test(before.lower));
  // "I cant view", "it wont work": a subject before and a bare verb after make them auxiliaries.
  if ((lower === 'cant' || lower === 'wont') && subjectBefore && after !== undefined && /^(VB|VBP|NN)$/.test(after.tag) && after.text === after.lower) {
    return lower === 'cant' ? "can't" : "won't";
  }
  // "Cant you see?", "Wont it work?", "Cant open the file": opening a question before its subject, or a fragment before a bare verb.
  if ((lower === 'cant' || lower === 'wont') && word.index === 0 && after !== undefined && (/^(i|you|we|they|he|she|it)$/.test(after.lower) || (after.text === after.lower && (after.tag === 'VB' || lexicalTags(after.lower).includes('VB'))))) {
    return lower === 'cant' ? "can't" : "won't";
  }
  const negation = NEGATIONS.get(lower);
  if (!negation || word.text !== word.lower && word.index > 0) return undefined;
  if (!CONTEXTUAL.has(lower)) return negation;
  // "It doesn work", "I haven a clue": a subject right before it.
  return subjectBefore && after !== undefined ? negation : undefined;
}
