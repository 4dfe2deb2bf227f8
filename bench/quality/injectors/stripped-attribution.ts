import { draftOf, type DraftBlock } from '../draft.js';
import { isPersonRole } from '../../../src/model/person-roles.js';
import type { Injector } from '../injector.js';

const SAID = "(?:said|says|added|adds|explained|explains|insisted|insists|warned|warns|argued|argues|stressed|stresses|admitted|admits|noted|notes|told (?:reporters|journalists|the [\\w'’ ]{2,30}?|[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,3}))";
const SPEAKER = "(?:he|she|they|(?:the |a )?(?:[A-Z][\\w'’.-]*|[a-z]+)(?: [A-Z][\\w'’.-]*){0,4})";
/** ", the club's manager,": a description set off by commas after a speaker's name. */
const APPOSITION = '(?:, [^,"“”.!?]{3,80},)?';
/** ', who joined in May.': a description after a speaker that ends the sentence. */
const TAIL = '(?:, [^"“”.!?]{3,100})?';
/** '"Q," X said.', '"Q," X, the manager, said.' or '"Q," said X, who….': the quotation, its closing mark, and the attribution after it. */
const TRAILING = new RegExp(`(["“])([A-Z][^"“”]{15,}?)[,.]?(["”]),? (?:${SPEAKER}${APPOSITION} ${SAID}|${SAID} ${SPEAKER}|according to ${SPEAKER})${TAIL}\\.`, 'g');
/** 'X said: "Q."': the attribution before the quotation, up to its colon. */
const LEADING = new RegExp(`(?:^|(?<=[.!?]["”]? ))${SPEAKER} ${SAID}: (?=["“][A-Z])`, 'g');
/**
 * Any word that might still credit a quotation, saying or stance ("Mr Lee praised the plan. '…'"): the
 * planted defect must be beyond doubt.
 */
const STILL_CREDITED = /\b(sa(id|ys?)|t(old|ells?)|add(s|ed|ing)?|according to|explain\w*|insist\w*|warn\w*|argu\w*|stress\w*|admit\w*|not(ed|es|ing)|ask\w*|wr(ote|ites?|iting)|claim\w*|sp(oke|eaks?|eaking)|confirm\w*|den(y|ies|ied)|believ\w*|think\w*|thought|describ\w*|call(s|ed|ing)|accus\w*|reveal\w*|announc\w*|comment\w*|repl(y|ies|ied)|respond\w*|urg\w*|predict\w*|suggest\w*|hop(e|es|ed|ing)|fear\w*|expect\w*|vow\w*|promis\w*|recall\w*|report\w*|interview\w*|statement|quot\w*|acknowledg\w*|conced\w*|agre\w*|prais\w*|blam\w*|criticis\w*|criticiz\w*|defend\w*|dismiss\w*|welcom\w*|reject\w*|condemn\w*|hint\w*|complain\w*|lament\w*|boast\w*|remark\w*|declar\w*|stat(ed|es)|tweet\w*|post(s|ed)|kn(ow|ows|ew)|fe(el|els|lt)|wonder\w*|attribut\w*|summ(ed|ing|s)? up)\b/i;
const OPENS_WITH_QUOTE = /^["“]/;
/** The end of a sentence: a stop, any closing marks, a space, then what can open the next one. */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Gov|Sen|Rep|Jr|Sr|No|[A-Z]))[.!?…]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;

/** A noun of speech or writing right before the quotation frames it ("under the words '…'"). */
const SPEECH_NOUN_BEFORE = /\b(such as|like|tagline|words?|statement|slogan|motto|message|sign|banner|headline|title|caption|note|letter|tweet|post|poster|placard|label|inscription|phrase|line|quote|remark|comment|reply|response|answer|question|warning|promise|pledge|verdict|chant|e-?mail|text|memo|notice|reading)[,:?]?\s*$/i;
/** Words that may make up a name ("Mr", "O'Neill", "Lewis-Francis"). */
const NAME = /\b[A-Z][\w'’-]+/g;

/** A paragraph with one attribution stripped, and where its quotation now opens. */
interface Stripping {
  text: string;
  quoteAt: number;
}

/**
 * Strips the attribution from a real attributed quotation ('"We will win," the coach said.' becomes
 * '"We will win."'), where that leaves a quotation nobody is credited with. A quotation is credited by
 * its whole run (the sentences around it that hold quoted words, as '"…." "…," she added.' credits both)
 * and the sentence before the run, so those must hold no other word of saying or stance; and no speaker
 * may carry over from a neighbouring paragraph (see `creditCannotCarry`). The rest of a long paragraph
 * (BBC blocks join two or three web paragraphs) may quote other, credited speakers.
 */
export const strippedAttribution: Injector = {
  id: 'stripped-attribution',
  description: 'the attribution removed from a real attributed quotation',
  rules: ['unattributed-quote'],
  inject(host, _pool, random) {
    const draft = draftOf(host);
    const candidates: Array<{ block: number; text: string }> = [];
    draft.forEach((block, index) => {
      if (block.headline) return;
      for (const stripped of strippings(block.text)) {
        if (isBeyondDoubt(draft, index, stripped)) candidates.push({ block: index, text: stripped.text });
      }
    });
    if (candidates.length === 0) return undefined;
    const chosen = random.pick(candidates);
    return draft.map((block, index) => (index === chosen.block ? { text: chosen.text, defect: { injector: this.id, rule: 'unattributed-quote' } } : block));
  },
};

/** Each way of stripping one attribution from the paragraph. */
export function strippings(text: string): Stripping[] {
  const results: Stripping[] = [];
  for (const match of text.matchAll(TRAILING)) {
    const [whole, open, words, close] = match;
    const sentence = words.replace(/,\s*$/, '');
    const stop = /[.!?]$/.test(sentence) ? '' : '.';
    results.push({ text: text.slice(0, match.index) + `${open}${sentence}${stop}${close}` + text.slice(match.index + whole.length), quoteAt: match.index });
  }
  for (const match of text.matchAll(LEADING)) results.push({ text: text.slice(0, match.index) + text.slice(match.index + match[0].length), quoteAt: match.index });
  return results;
}

/** The stripped quotation's run and the sentence before it credit nobody, and no neighbour passes a speaker on. */
function isBeyondDoubt(draft: readonly DraftBlock[], index: number, stripped: Stripping): boolean {
  const quoted = quotedCharacters(stripped.text);
  const sentences = sentenceSpans(stripped.text);
  const touchesQuote = (s: { start: number; end: number }) => /["“”]/.test(stripped.text.slice(s.start, s.end)) || quoted.slice(s.start, s.end).includes(true);
  const own = sentences.findIndex((s) => s.start <= stripped.quoteAt && stripped.quoteAt < s.end);
  if (own === -1) return false;
  let first = own;
  let last = own;
  while (first > 0 && touchesQuote(sentences[first - 1])) first--;
  while (last < sentences.length - 1 && touchesQuote(sentences[last + 1])) last++;
  // A speaker named earlier in the paragraph holds it; one named after the run speaks for later quotations.
  const to = sentences[last].end;
  const unquoted = [...stripped.text.slice(0, to)].map((char, i) => (quoted[i] ? ' ' : char)).join('');
  if (STILL_CREDITED.test(unquoted) || /:\s*["“]/.test(stripped.text.slice(sentences[first].start, to))) return false;
  if (SPEECH_NOUN_BEFORE.test(stripped.text.slice(0, stripped.quoteAt))) return false;
  // An attribution opening the sentence after the run credits it ('"Can I go?" she asked.').
  const after = sentences[last + 1];
  if (after && STILL_CREDITED.test(stripped.text.slice(after.start, after.end).split(/\s+/).slice(0, 6).join(' '))) return false;
  if (first > 0 && aboutSpeaker(stripped.text.slice(sentences[first - 1].start, sentences[first - 1].end), speakersOf(draft, index, stripped.text))) return false;
  // A quotation earlier in the paragraph may take its speaker from the paragraph before, and hold the paragraph.
  const quotedBefore = /["“”]/.test(stripped.text.slice(0, sentences[first].start));
  return creditCannotCarry(draft, index, stripped.text, first === 0 || quotedBefore, speakersOf(draft, index, stripped.text));
}

/**
 * A sentence whose opening words mention "he", "she", "they" or someone the story credits with speech
 * elsewhere: a reader takes the quotation after it as theirs ("Mr Lee went on to list the cuts. '…'").
 */
function aboutSpeaker(sentence: string, speakers: ReadonlySet<string>): boolean {
  const opening = sentence.split(/\s+/).slice(0, 8).join(' ');
  if (/\b(he|she|they)\b/i.test(opening) || (opening.match(NAME) ?? []).some((name) => speakers.has(name.replace(/['’]s$/, '')))) return true;
  // Someone introduced by role and name ("researcher Jane Lee", "Tom Reed, the chairman") is who speaks next.
  const words = [...sentence.matchAll(/[\p{L}'’-]+/gu)];
  return words.some((word, i) => {
    const next = words[i + 1];
    if (next === undefined) return false;
    const gap = sentence.slice(word.index + word[0].length, next.index);
    if (isPersonRole(word[0].toLowerCase()) && /^[A-Z]/.test(next[0]) && /^\s+$/.test(gap)) return true;
    return /^[A-Z]/.test(word[0]) && /^,\s*$/.test(gap) && words.slice(i + 1, i + 5).some((later) => isPersonRole(later[0].toLowerCase()));
  });
}

/** Capitalised words within four words of a word of saying or stance anywhere in the story, the stripped paragraph as stripped. */
function speakersOf(draft: readonly DraftBlock[], index: number, stripped: string): Set<string> {
  const names = new Set<string>();
  draft.forEach((block, i) => {
    const words = (i === index ? stripped : block.text).split(/[^\p{L}\p{N}'’-]+/u);
    words.forEach((word, at) => {
      if (!STILL_CREDITED.test(word)) return;
      for (const near of words.slice(Math.max(0, at - 4), at + 5)) if (/^[A-Z]/.test(near)) names.add(near.replace(/['’]s$/, ''));
    });
  });
  for (const title of ['Mr', 'Mrs', 'Ms', 'Dr', 'Miss', 'Sir', 'The', 'But', 'And']) names.delete(title);
  return names;
}

/**
 * Neither neighbour passes a speaker to the stripped run or takes one from it: when the run opens the
 * paragraph, or follows a quotation that may be credited from outside it, the paragraph before does not
 * end on a colon or leave a quotation open (and, when the paragraph opens with the quotation, reports no
 * speech and does not end on a sentence about a speaker); the next paragraph never carries a quotation
 * on, whose speaker the stripping would take away.
 */
function creditCannotCarry(draft: readonly DraftBlock[], index: number, stripped: string, opensParagraph: boolean, speakers: ReadonlySet<string>): boolean {
  const previous = draft[index - 1];
  const next = draft[index + 1];
  if (opensParagraph && previous && !previous.headline) {
    const marks = previous.text.match(/["“”]/g)?.length ?? 0;
    if (/:\s*$/.test(previous.text) || marks % 2 === 1) return false;
    const closing = sentenceSpans(previous.text).at(-1);
    const aboutSpeakerAtEnd = closing !== undefined && aboutSpeaker(previous.text.slice(closing.start, closing.end), speakers);
    if (OPENS_WITH_QUOTE.test(stripped) && (STILL_CREDITED.test(previous.text) || marks > 0 || aboutSpeakerAtEnd)) return false;
  }
  return !next || (!OPENS_WITH_QUOTE.test(next.text) && !/^[-–—]\s*\p{Lu}/u.test(next.text));
}

/**
 * Which characters lie inside a quotation. Curly marks face their way; a straight mark opens after a
 * space and before a word, and closes otherwise. An opening mark inside an open quotation keeps it open:
 * copy leaves a quotation unclosed when the same speaker goes on ('"…. "…."').
 */
function quotedCharacters(text: string): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '“' || (char === '"' && /[\s([{—–-]/.test(text[i - 1] ?? ' ') && !/\s/.test(text[i + 1] ?? ' '))) open = true;
    else if (char === '”' || char === '"') open = false;
    inside.push(open);
  }
  return inside;
}

/** The paragraph's sentences as offsets, split after a stop that a capital, digit or opening mark follows. */
function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
