import type { Attribution, NewsDocument, Sentence, Word } from './document.js';
import { CLAUSE_SAID_VERB_LEMMAS, SAID_VERB_LEMMAS, UNAMBIGUOUS_SAID_FORMS } from './said-verbs.js';

/** Tags that may make up a speaker's noun phrase ("the MP", "Foreign Minister Wang Yi", "he"). */
const SPEAKER_TAGS = /^(NNP|NNPS|NN|NNS|PRP|DT|JJ|POS|CD|PRP\$)$/;
const MAX_SPEAKER_WORDS = 8;

/** A said-verb and its speaker wherever the copy reports speech, quoted or not ("the MP said the plan…"). */
export interface SpeechAttribution extends Omit<Attribution, 'placement'> {
  paragraphIndex: number;
  sentenceIndex: number;
}

/** Every sentence's attribution, computed once per document and shared by the rules that read speakers. */
export function speechAttributions(document: NewsDocument): SpeechAttribution[] {
  return document.shared('speech-attributions', () =>
    document.sentences.flatMap((sentence) => {
      const found = findAttribution(sentence, document.source);
      return found ? [{ ...found, paragraphIndex: sentence.paragraphIndex, sentenceIndex: sentence.index }] : [];
    }),
  );
}

/** Finds an attribution (speaker and said-verb) among a sentence's unquoted words, if it has one. */
export function findAttribution(sentence: Sentence, source: string): Omit<Attribution, 'placement'> | undefined {
  const words = sentence.words;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.quoted) continue;
    if (word.lower === 'according' && words[i + 1]?.lower === 'to') {
      const speaker = speakerAfter(words, i + 1, source);
      if (speaker) return { speaker, verb: span(word, words[i + 1]) };
    }
    if (!isSaidVerb(words, i, source)) continue;
    const speaker = speakerBefore(words, i, source) ?? speakerAfter(words, i, source);
    if (speaker) return { speaker, verb: span(word, word) };
  }
  return undefined;
}

/**
 * Whether word `i` reports speech: a verb of saying ("said", "told", trusting the form over the tagger for
 * the common ones); any verb just after a quotation closed with a comma ('…," instructed Ms Lee', '…,"
 * she sings'); or a verb that reports speech when a quotation or clause follows it ("confirmed that…",
 * "urged voters, '…'", "believes the plan will…").
 */
export function isSaidVerb(words: readonly Word[], i: number, source: string): boolean {
  const word = words[i];
  if (word.quoted) return false;
  if ((word.tag.startsWith('VB') && SAID_VERB_LEMMAS.has(word.lemma)) || UNAMBIGUOUS_SAID_FORMS.has(word.lower)) return true;
  const broad = CLAUSE_SAID_VERB_LEMMAS.has(word.lemma);
  // After '…,"' a verb of saying the tagger read as a noun still attributes ('…," comments Ms Lee').
  if ((word.tag.startsWith('VB') || broad || SAID_VERB_LEMMAS.has(word.lemma)) && followsClosedQuotation(words, i, source)) return true;
  if (!broad || !word.tag.startsWith('VB')) return false;
  const next = words[i + 1];
  if (!next) return true;
  if (/[:"“'‘]/.test(source.slice(word.end, next.start)) || next.lower === 'that') return true;
  if (words.slice(i + 1, i + 4).some((later) => later.quoted)) return true;
  return /^(PRP|DT|NNP)$/.test(next.tag) && CLAUSE_OBJECT_VERBS.has(word.lemma);
}

/** Within a few words after a quotation that closed on a comma, "?" or "!" ('"We won," the coach, Ms Lee, said'). */
function followsClosedQuotation(words: readonly Word[], i: number, source: string): boolean {
  for (let j = i - 1; j >= 0 && i - j <= MAX_WORDS_AFTER_QUOTATION; j--) {
    if (!words[j].quoted) continue;
    return /[,!?]\s*["'”’»]/.test(source.slice(words[j].end, words[j + 1].start));
  }
  return false;
}

/** "…," chief executive Peter Brabeck-Letmathe confirmed: a speaker of up to five words between quote and verb. */
const MAX_WORDS_AFTER_QUOTATION = 6;

/** Verbs of thinking and believing that take a clause without "that" ("believes the plan will fail"). */
const CLAUSE_OBJECT_VERBS = new Set(['believe', 'think', 'fear', 'hope', 'expect', 'feel', 'know', 'predict', 'suggest', 'claim']);

function speakerBefore(words: Word[], verbIndex: number, source: string): Attribution['speaker'] | undefined {
  let first = verbIndex;
  // Skip an auxiliary or adverb between speaker and verb: "he has said", "she later said".
  let j = verbIndex - 1;
  while (j >= 0 && /^(MD|VBZ|VBD|VBP|RB)$/.test(words[j].tag) && !words[j].quoted && verbIndex - j <= 2) j--;
  for (; j >= 0 && verbIndex - j <= MAX_SPEAKER_WORDS; j--) {
    const word = words[j];
    if (word.quoted || !SPEAKER_TAGS.test(word.tag) || !adjacent(words[j], words[j + 1], source)) break;
    first = j;
  }
  if (first === verbIndex) return undefined;
  return trimSpeaker(words.slice(first, verbIndex).filter((word) => SPEAKER_TAGS.test(word.tag)));
}

function speakerAfter(words: Word[], verbIndex: number, source: string): Attribution['speaker'] | undefined {
  const picked: Word[] = [];
  for (let j = verbIndex + 1; j < words.length && picked.length < MAX_SPEAKER_WORDS; j++) {
    const word = words[j];
    if (word.quoted || !SPEAKER_TAGS.test(word.tag)) break;
    if (picked.length > 0 && !adjacent(words[j - 1], word, source)) break;
    picked.push(word);
  }
  return trimSpeaker(picked);
}

/** Drops a leading determiner-free tail of function words so the speaker reads as a noun phrase. */
function trimSpeaker(words: Word[]): Attribution['speaker'] | undefined {
  const nouny = words.filter((word) => /^(NN|PRP)/.test(word.tag));
  if (nouny.length === 0) return undefined;
  return { text: words.map((word) => word.text).join(' '), start: words[0].start, end: words[words.length - 1].end };
}

/** Words are adjacent when only spaces (or a possessive mark) separate them: no comma, no quote. */
function adjacent(left: Word | undefined, right: Word | undefined, source: string): boolean {
  if (!left || !right) return false;
  const between = source.slice(Math.min(left.end, right.start), Math.max(left.end, right.start));
  return /^[\s'’]*$/.test(between);
}

function span(first: Word, last: Word) {
  return { text: first === last ? first.text : `${first.text} ${last.text}`, start: first.start, end: last.end };
}
