import type { Rule, RuleContext } from '../src/engine/types.js';
import { findFragment, isHiddenVerb, type Fragment } from '../src/model/clause-structure.js';
import type { NewsDocument, Paragraph, Sentence, Word } from '../src/model/document.js';

/** Options for `dangling-fragment`. */
export interface Options {
  /** Also report a bare noun phrase written as a sentence ("A record for the club.") (default true). */
  nounPhrases: boolean;
  /**
   * A document with this many fragments writes in fragments on purpose (fiction, reader comments, notes),
   * and none is reported; 0 reports every one (default 3).
   */
  styleThreshold: number;
}

/** Datelines, bylines and credits: lines that are not sentences and never were. */
const NOT_A_SENTENCE = [
  /^by\s+\p{Lu}/iu,
  /^\(?(additional\s+)?(reporting|writing|editing|compiled|produced|research|graphics|interviews?|translation|photography|photos?|illustrations?)\b[^.]*\bby\b/i,
  /^(photo|photograph|picture|image|credit|source|illustration|video|graphic|pictured)s?\s*:/i,
  /^(retrieved|accessed|archived|updated|posted|published|filed|last\s+(updated|modified))\b/i,
  /^\p{Lu}{2,}[\p{Lu}\s.]*(,|\s[-—–]|\s\()/u,
];
/** Labels of interview copy ("Q:", "A.") whose answers may be a word or two. */
const INTERVIEW_LABEL = /^(q|a)\s*[:.]/i;
const LIST_MARKER = /^([-*•+]|\d{1,2}[.)])\s/;
/** Answers this short, after a question, are deliberate ("Yes." "Not at all."). */
const MAX_ANSWER_WORDS = 4;

/** Shorter noun phrases are emphatic on purpose ("No competition."). */
const MIN_NOUN_PHRASE_WORDS = 4;
/** Longer "noun phrases" are nearly always sentences whose verb the tagger missed. */
const MAX_NOUN_PHRASE_WORDS = 12;
/**
 * A clause cut off a sentence is short (a median of 9 words on the development split); a longer sentence
 * with no main clause found is far more often one whose main verb the tagger missed.
 */
const MAX_FRAGMENT_WORDS = 20;

/** How much of the sentence before the message quotes. */
const TAIL_WORDS = 4;

const JOIN_WITHOUT_COMMA = new Set(['because', 'since', 'until', 'till', 'unless', 'if', 'before', 'after', 'as', 'once', 'when', 'whenever', 'where', 'wherever', 'whether', 'lest']);

/**
 * A sentence with no independent clause: a participle phrase, a subordinate or relative clause, or a bare
 * noun phrase standing alone, usually cut off the sentence before it ("…its contents. Providing the bulk
 * of its aid."). The suggestion joins it back to that sentence; a person checks the result.
 */
export const danglingFragment: Rule<Options> = {
  meta: {
    id: 'dangling-fragment',
    kind: 'fragment',
    description: 'A sentence with no main clause, such as a participle phrase, subordinate clause or noun phrase standing alone',
    severity: 'warning',
    fixable: false,
    defaults: { nounPhrases: true, styleThreshold: 3 },
    schema: {
      nounPhrases: { type: 'boolean', description: 'Also report bare noun phrases written as sentences' },
      styleThreshold: { type: 'integer', minimum: 0, description: 'Fragments in one document that mark them as its style (0: no limit)' },
    },
    messages: {
      'participle-fragment': 'Sentence fragment: the participle phrase “{{opener}}…” has no main clause{{hint}}',
      'subordinate-fragment': 'Sentence fragment: the subordinate clause “{{opener}}…” stands alone{{hint}}',
      'relative-fragment': 'Sentence fragment: the relative clause “{{opener}}…” stands alone{{hint}}',
      'noun-phrase-fragment': 'Sentence fragment: a noun phrase with no main verb{{hint}}',
    },
  },
  create(context, options) {
    const { document } = context;
    return {
      document() {
        const found: Array<{ paragraph: Paragraph; sentence: Sentence; fragment: Fragment }> = [];
        for (const paragraph of document.paragraphs) {
          if (paragraph.role !== 'paragraph' || LIST_MARKER.test(paragraph.text) || INTERVIEW_LABEL.test(paragraph.text)) continue;
          for (const sentence of paragraph.sentences) {
            if (!isCandidate(sentence, document)) continue;
            const fragment = findFragment(sentence.words, (i) => gapBefore(sentence, i, document));
            if (!fragment || sentence.words.length > MAX_FRAGMENT_WORDS) continue;
            if (fragment.kind === 'noun-phrase' && !(options.nounPhrases && followsSentence(paragraph, sentence) && reportableNounPhrase(sentence))) continue;
            found.push({ paragraph, sentence, fragment });
          }
        }
        // A slip is a one-off; fragments by the handful are the writer's style.
        if (options.styleThreshold > 0 && found.length >= options.styleThreshold) return;
        for (const { paragraph, sentence, fragment } of found) report(context, document, paragraph, sentence, fragment);
      },
    };
  },
};

function report(context: RuleContext, document: NewsDocument, paragraph: Paragraph, sentence: Sentence, fragment: Fragment): void {
  const previous = paragraph.sentences[paragraph.sentences.indexOf(sentence) - 1];
  const periodAt = previous ? document.source.lastIndexOf('.', sentence.start) : -1;
  const joinable = previous !== undefined && periodAt >= previous.start && document.source.slice(periodAt + 1, sentence.start).trim() === '';
  const hint = joinable ? `; it probably belongs to the sentence before (“…${tailOf(document.source.slice(previous!.start, periodAt))}”)` : '';
  const data = { opener: fragment.opener.text, hint };
  const messageId = `${fragment.kind}-fragment`;
  if (!joinable) {
    context.report({ messageId, data, range: { start: sentence.start, end: sentence.end } });
    return;
  }
  const opener = sentence.words[0];
  const keepCapital = /^NNPS?$/.test(opener.tag) || opener.text === 'I';
  const firstWord = keepCapital ? opener.text : opener.text[0].toLowerCase() + opener.text.slice(1);
  const joiner = fragment.kind === 'subordinate' && JOIN_WITHOUT_COMMA.has(opener.lower) ? ' ' : ', ';
  const rest = document.source.slice(opener.end, sentence.end);
  context.report({ messageId, data, range: { start: periodAt, end: sentence.end }, expected: [joiner + firstWord + rest] });
}

/** A sentence the rule judges: prose ending in a full stop, not quoted speech, not a byline or dateline. */
function isCandidate(sentence: Sentence, document: NewsDocument): boolean {
  const words = sentence.words;
  if (words.length < 2 || words[0].quoted || words.filter((word) => word.quoted).length * 2 >= words.length) return false;
  const text = document.source.slice(sentence.start, sentence.end).trim();
  const bare = text.replace(/["'”’)\]]+$/, '');
  if (!bare.endsWith('.') || /(\.\.\.|…)$/.test(bare) || /^[("'“‘[]/.test(text)) return false;
  // A sentence opening in lower case was cut by the sentence splitter ("approx. three…"), not by the writer.
  if (/^[\p{P}\s]*\p{Ll}/u.test(text)) return false;
  if (NOT_A_SENTENCE.some((pattern) => pattern.test(text))) return false;
  return !(words.length <= MAX_ANSWER_WORDS && followsQuestion(sentence, document));
}

/**
 * Bare noun phrases are reported only when nothing in them could be a verb the tagger missed ("Figures
 * show that…" tagged as two nouns), they read as prose (a common noun, not a list of names or a score),
 * and they are neither an emphatic word or two ("A clown.") nor so long that a verb was surely missed.
 */
function reportableNounPhrase(sentence: Sentence): boolean {
  const words = sentence.words;
  if (words.length < MIN_NOUN_PHRASE_WORDS || words.length > MAX_NOUN_PHRASE_WORDS) return false;
  if (!words.some((word) => /^NNS?$/.test(word.tag) && /^\p{Ll}/u.test(word.text))) return false;
  if (words.filter((word) => word.tag === 'CD').length * 3 >= words.length) return false;
  if (looksImperative(words)) return false;
  // "Perhaps a step in the right direction.", "For me, the try of the season.": an aside on purpose.
  const first = words.find((word) => word.tag !== 'CC');
  if (!first || /^(RB|RBR|IN)$/.test(first.tag)) return false;
  return !words.some((word, i) => isVerbal(words, i) || isHiddenVerb(words, i, true));
}

/** "Visit Amazon for pricing.", "Shop the rest…": a command whose opening verb the tagger read as a noun. */
function looksImperative(words: readonly Word[]): boolean {
  const first = words[0].tag === 'RB' ? 1 : 0;
  return /^NNP?$/.test(words[first]?.tag ?? '') && /^(DT|PRP\$|PRP|RP|NNP)$/.test(words[first + 1]?.tag ?? '');
}

/** A verb form, other than a participle used as an adjective ("the fading hopes", "a revised figure"). */
function isVerbal(words: readonly Word[], i: number): boolean {
  const { tag } = words[i];
  if (!tag.startsWith('VB') && tag !== 'MD') return false;
  const adjectival = /^(DT|PRP\$|JJ|POS)$/.test(words[i - 1]?.tag ?? '') && /^(NN|NNS|NNP|NNPS|JJ)$/.test(words[i + 1]?.tag ?? '');
  return !((tag === 'VBG' || tag === 'VBN') && adjectival);
}

/** The sentence comes after another in its paragraph, which ends with a full stop: the one it was cut from. */
function followsSentence(paragraph: Paragraph, sentence: Sentence): boolean {
  const index = paragraph.sentences.indexOf(sentence);
  return index > 0;
}

function followsQuestion(sentence: Sentence, document: NewsDocument): boolean {
  const before = document.source.slice(Math.max(0, sentence.start - 200), sentence.start).trimEnd();
  return /\?["'”’)]*$/.test(before);
}

function gapBefore(sentence: Sentence, i: number, document: NewsDocument): string {
  const words = sentence.words;
  if (i <= 0 || i >= words.length) return i >= words.length ? document.source.slice(words[words.length - 1].end, sentence.end) : '';
  return document.source.slice(words[i - 1].end, words[i].start);
}

/** The last few words of a sentence, for the message. */
function tailOf(text: string): string {
  return text.trim().split(/\s+/).slice(-TAIL_WORDS).join(' ');
}
