import type { NewsDocument, Sentence, Word } from '../../src/model/document.js';
import { adjacent } from '../english/gaps.js';

/** School subjects and skills, the things one is "good at". */
const SKILLS = new Set(['math', 'maths', 'mathematics', 'science', 'english', 'french', 'spanish', 'german', 'history', 'geography', 'physics', 'chemistry', 'biology', 'art', 'music', 'sport', 'sports', 'languages', 'studies', 'education', 'arts', 'computing']);
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been']);
/** A pronoun subject and "be" written as one word: "I'm", "she's". */
const PERSON_BE = /^(i|you|he|she|we|they)['’](m|s|re)$/;
/** Adjectives of skill; a module constant because every word is tested, and a regex literal is a new object each time. */
const SKILL_ADJECTIVES = /^(good|bad|better|best|great|excellent|terrible|poor|brilliant)$/;

/** "She is good in maths", "he was bad in swimming": a person's skill takes "at". */
export function goodAt(sentence: Sentence, head: Word, next: Word, document: NewsDocument): string | undefined {
  if (!SKILL_ADJECTIVES.test(head.lower) || next.lower !== 'in') return undefined;
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
