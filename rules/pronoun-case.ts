import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { adjacent } from './english/gaps.js';

/** `pronoun-case` has no options. */
export type Options = Record<string, never>;

const SUBJECT_OF: Readonly<Record<string, string>> = { me: 'I', him: 'he', her: 'she', us: 'we', them: 'they' };
const OBJECT_OF: Readonly<Record<string, string>> = { i: 'me', he: 'him', she: 'her', we: 'us', they: 'them' };
const POSSESSIVE_OF: Readonly<Record<string, string>> = { i: 'my', he: 'his', she: 'her', we: 'our', they: 'their' };
/**
 * Prepositions that take only a noun phrase. "for", "like", "than", "as", "after", "before" and "since"
 * also open clauses ("for they knew", "like he said"), so they are left out.
 */
const PREPOSITIONS = new Set(['between', 'with', 'to', 'at', 'from', 'by', 'among', 'amongst', 'against', 'without', 'toward', 'towards', 'into', 'onto', 'upon', 'behind', 'beside', 'besides', 'near', 'except', 'under', 'beneath']);
/** Prepositions before "who" that, unlike "of" or "about", do not open an indirect question ("think of who else"). */
const WHOM_PREPOSITIONS = new Set(['to', 'with', 'against', 'from', 'by', 'among', 'between']);
const QUESTION_AUXILIARIES = /^(do|does|did|will|would|can|could|should|shall|may|might|must|is|are|was|were|have|has|had)$/;

/** One pronoun in the wrong case and the form that belongs. */
interface Finding {
  word: Word;
  messageId: 'subject' | 'object' | 'possessive';
  expected: string;
  /** The preposition the pronoun is the object of, when the list of prepositions does not name it ("of"). */
  preposition?: Word;
}

/**
 * A pronoun in the wrong case: an object form in a subject ("My brother and me went", "Her has"), a
 * subject form after a preposition ("between you and I", "with they", "at she legs") and "who" as the
 * object of a preposition ("to who the funds were directed"). Only places where the role is certain are
 * read: a coordinated subject at the start of a sentence before its verb, and a preposition that cannot
 * open a clause. Quotations are left alone: a speaker's words stand.
 */
export const pronounCase: Rule<Options> = {
  meta: {
    id: 'pronoun-case',
    kind: 'grammar',
    description: 'A pronoun in the wrong case ("my brother and me went", "between you and I", "to who")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: {
      subject: 'Unexpected “{{pronoun}}” as a subject, expected “{{expected}}”',
      object: 'Unexpected “{{pronoun}}” after “{{preposition}}”, expected “{{expected}}”',
      possessive: 'Unexpected “{{pronoun}}” before a noun, expected “{{expected}}”',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        const findings = [...coordinatedSubject(document, sentence), ...afterPreposition(document, sentence), ...whoWhom(document, sentence)];
        for (const { word, messageId, expected, preposition: named } of findings) {
          // "according to WHO", "to US officials": capitals throughout make an acronym.
          if (word.quoted || /^\p{Lu}{2,}$/u.test(word.text)) continue;
          const preposition = named ?? prepositionBefore(sentence, word);
          const text = word.text.replace(/\.$/, '');
          const styled = word.index === 0 ? expected.charAt(0).toUpperCase() + expected.slice(1) : expected;
          context.report({
            messageId,
            data: { pronoun: text, preposition: preposition?.text ?? '', expected: styled },
            range: { start: word.start, end: word.start + text.length },
            actual: text,
            expected: [styled],
            safe: false,
          });
        }
      },
    };
  },
};

/** "My mother and me went", "Him and I cheated", "Her has many animals": object forms opening a sentence as its subject. */
function coordinatedSubject(document: NewsDocument, sentence: Sentence): Finding[] {
  const words = sentence.words;
  const first = words[0];
  if (!first) return [];
  const findings: Finding[] = [];
  const firstObject = first.text === 'US' ? undefined : SUBJECT_OF[first.lower];
  // "Him and I cheated", "Me and John work".
  if (firstObject && words[1]?.lower === 'and' && joinedRun(document, sentence, 0, 2)) {
    const second = words[2];
    // "Me and him went": both halves in the object form, each wrong.
    const secondObject = second && second.text === second.lower ? SUBJECT_OF[second.lower] : undefined;
    const end = secondObject ? 3 : subjectEnd(sentence, 2);
    if (end !== undefined && verbFollows(sentence, end)) {
      findings.push({ word: first, messageId: 'subject', expected: firstObject });
      if (secondObject) findings.push({ word: second!, messageId: 'subject', expected: secondObject });
    }
  }
  // "Her has many animals": a lone object form before a verb only a verb can be.
  if (first.lower === 'her' && /^(has|was|is|does|did)$/.test(words[1]?.lower ?? '') && joinedRun(document, sentence, 0, 1)) {
    findings.push({ word: first, messageId: 'subject', expected: 'she' });
  }
  // "My brother and me went": a noun phrase, "and", then the object form and a verb.
  for (let k = 1; k <= 3; k++) {
    const and = words[k];
    const pronoun = words[k + 1];
    if (and?.lower !== 'and' || !pronoun || !SUBJECT_OF[pronoun.lower] || pronoun.text !== pronoun.lower || !joinedRun(document, sentence, 0, k + 1)) continue;
    if (!words.slice(0, k).every((word) => /^(NN|NNS|NNP|NNPS|DT|PRP\$|JJ)$/.test(word.tag))) continue;
    if (verbFollows(sentence, k + 2)) findings.push({ word: pronoun, messageId: 'subject', expected: SUBJECT_OF[pronoun.lower]! });
  }
  return findings;
}

/** "with they", "between you and I", "at she legs", "to who the funds…": subject forms as a preposition's object. */
function afterPreposition(document: NewsDocument, sentence: Sentence): Finding[] {
  const words = sentence.words;
  const findings: Finding[] = [];
  words.forEach((preposition, i) => {
    if (!PREPOSITIONS.has(preposition.lower) || !/^(IN|TO)$/.test(preposition.tag)) return;
    // The pronoun itself, or the second of two joined by "and" ("between you and I", "for Tim and I").
    const places = [i + 1];
    let j = i + 1;
    while (j < i + 4 && words[j] && /^(DT|PRP\$|PRP|JJ|NN|NNS|NNP|NNPS)$/.test(words[j]!.tag)) j++;
    if (j > i + 1 && words[j]?.lower === 'and') places.push(j + 1);
    for (const at of places) {
      const finding = objectAt(document, sentence, preposition, at);
      if (finding) findings.push(finding);
    }
  });
  return findings;
}

/** The finding for a subject form or "who" at `at`, the object of `preposition`. */
function objectAt(document: NewsDocument, sentence: Sentence, preposition: Word, at: number): Finding | undefined {
  const words = sentence.words;
  const i = preposition.index;
  const pronoun = words[at];
  if (!pronoun || !joinedRun(document, sentence, i, at)) return undefined;
    const lower = pronoun.lower.replace(/\.$/, '');
    const next = words[at + 1];
    const nextJoined = next !== undefined && adjacent(document, pronoun, next);
  if (lower === 'who') {
    // "To who do I send…?", "the people to who the funds were directed", "Who was with who?".
    if (at !== i + 1 || !WHOM_PREPOSITIONS.has(preposition.lower)) return undefined;
    return !nextJoined || QUESTION_AUXILIARIES.test(next.lower) || /^(DT|PRP\$)$/.test(next.tag) ? { word: pronoun, messageId: 'object', expected: 'whom' } : undefined;
  }
  // "The UK and US": a capitalised word inside the sentence is a name, not "us".
  if (!Object.hasOwn(OBJECT_OF, lower) || (lower === 'i' ? pronoun.text[0] !== 'I' : pronoun.text !== pronoun.lower)) return undefined;
  // "with they say", "by Brian and I always knew": a clause or a relative after the pronoun, past adverbs.
  let verbAt = at + 1;
  while (words[verbAt] && /^RB/.test(words[verbAt]!.tag)) verbAt++;
  const verb = words[verbAt];
  if (nextJoined && verb && (/^(VB|VBD|VBP|VBZ|MD|WP)$/.test(verb.tag) || /n['’]t$/.test(verb.lower))) return undefined;
  if (nextJoined && /^(NN|NNS)$/.test(next.tag) && at === i + 1) return { word: pronoun, messageId: 'possessive', expected: POSSESSIVE_OF[lower]! };
  return { word: pronoun, messageId: 'object', expected: OBJECT_OF[lower]! };
}

/** Quantities that take "of" and a relative pronoun: "many of whom", "none of whom". */
const QUANTITIES_OF = /^(many|some|all|most|none|few|several|both|each|one|two|three|half|any|either|neither)$/;

/**
 * "Whom paid for the meal?" (→ "Who"): "whom" straight before a finite lexical verb is its subject; "Whom
 * did you see?" has an auxiliary and its own subject. "many of who were girls" (→ "whom"): after a
 * quantity and "of" the relative pronoun is an object.
 */
function whoWhom(document: NewsDocument, sentence: Sentence): Finding[] {
  const findings: Finding[] = [];
  for (const word of sentence.words) {
    const next = sentence.words[word.index + 1];
    // "both of whom lost ground": after a preposition "whom" is its object, whatever follows.
    const governed = /^(IN|TO)$/.test(sentence.words[word.index - 1]?.tag ?? '');
    if (word.lower === 'whom' && !governed && next && adjacent(document, word, next) && /^(VBD|VBZ)$/.test(next.tag) && !QUESTION_AUXILIARIES.test(next.lower)) {
      findings.push({ word, messageId: 'subject', expected: 'who' });
    }
    const of = sentence.words[word.index - 1];
    const quantity = sentence.words[word.index - 2];
    if (word.lower === 'who' && of?.lower === 'of' && quantity && QUANTITIES_OF.test(quantity.lower) && joinedRun(document, sentence, quantity.index, word.index)) {
      findings.push({ word, messageId: 'object', expected: 'whom', preposition: of });
    }
  }
  return findings;
}

/** The word after a short noun phrase starting at `start` ("John", "my sister"), or undefined. */
function subjectEnd(sentence: Sentence, start: number): number | undefined {
  const words = sentence.words;
  if (words[start]?.lower === 'i') return start + 1;
  let k = start;
  while (k < start + 3 && words[k] && /^(DT|PRP\$|JJ)$/.test(words[k]!.tag)) k++;
  return words[k] && /^(NN|NNS|NNP|NNPS)$/.test(words[k]!.tag) ? k + 1 : undefined;
}

/** Whether a finite verb (after adverbs) starts at `index`: "went", "would often walk", "work together". */
function verbFollows(sentence: Sentence, index: number): boolean {
  let k = index;
  while (sentence.words[k] && /^RB/.test(sentence.words[k]!.tag)) k++;
  const verb = sentence.words[k];
  if (!verb) return false;
  if (/^(VBD|VBP|VBZ|MD)$/.test(verb.tag) || /n['’]t$/.test(verb.lower)) return true;
  return /^(VB|NN)$/.test(verb.tag) && lexicalTags(verb.lower).includes('VBP');
}

function prepositionBefore(sentence: Sentence, word: Word): Word | undefined {
  for (let k = word.index - 1; k >= Math.max(0, word.index - 3); k--) if (PREPOSITIONS.has(sentence.words[k]!.lower)) return sentence.words[k];
  return undefined;
}

function joinedRun(document: NewsDocument, sentence: Sentence, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    const [left, right] = [sentence.words[k - 1], sentence.words[k]];
    if (!left || !right || !adjacent(document, left, right)) return false;
  }
  return true;
}
