import type { Paragraph, Word } from './document.js';
import { CREDIT_NAMES, FUNCTION_WORDS, FURNITURE_PHRASES, PROMPT_OPENINGS, STRONG_LABEL_WORDS, WEAK_LABEL_WORDS } from './ui-vocabulary.js';

/** Why a line reads as page chrome rather than copy. */
export type ChromeKind = 'labels' | 'prompt' | 'link' | 'timestamp' | 'credit';

/** A line judged to be page chrome, and the words that gave it away. */
export interface ChromeVerdict {
  kind: ChromeKind;
  /** The interface words or the prompt that decided it, for the message. */
  evidence: string;
  /** One everyday word ("Travel", "Photo"): furniture beside other furniture, a section heading alone. */
  needsCompany?: boolean;
}

/** What the classifier needs to know about a line besides its text. */
export interface LineFacts {
  /** The line has a finite verb after its first word (a statement, not a label or a command). */
  hasFiniteVerb: boolean;
  /** More words to read as strong interface labels (a site's own section names). */
  extraLabels?: ReadonlySet<string>;
}

/** A block judged to be page chrome. */
export interface ChromeBlock {
  paragraph: Paragraph;
  verdict: ChromeVerdict;
}

/** A run of menu items: this many short lines in a row, at least half of them recognised labels. */
const MIN_MENU_LABELS = 2;
const MAX_MENU_ITEM_WORDS = 5;
/** A paragraph of prose has at least this many words and ends a sentence. */
const MIN_PROSE_WORDS = 5;

/** Labels are short: a share bar or a menu run is a handful of words. */
const MAX_LABEL_WORDS = 8;
/** A reader prompt is at most a couple of lines of text. */
const MAX_PROMPT_WORDS = 40;

/** Openings that are labels whatever follows them ("Image copyright …", "Tags: …", "© 2019 …"). */
const LABEL_OPENINGS = new Set(PROMPT_OPENINGS.filter((opening) => /[:©]$|^©|copyright|caption|^advertisement$/.test(opening)));
const CREDITS = new Set(CREDIT_NAMES);

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day,?';
const CLOCK = '\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?';
/** Pages carry dates of the web era; a date alone from another century is a timeline or a fact box, not chrome. */
const YEAR = '(?:199\\d|20\\d\\d)';
const DATE = `(?:${WEEKDAY}\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+${YEAR}|${YEAR}-\\d{2}-\\d{2})`;
/** A line that is nothing but a date (and time), or a labelled time ("Updated 10:42 a.m."). */
const STAMP_LABEL = '(?:(?:last\\s+)?(?:updated|published|posted|modified)(?:\\s+on)?:?\\s*)';
const TIMESTAMP = new RegExp(`^(?:${STAMP_LABEL}?${DATE}(?:,?\\s*(?:at\\s+)?${CLOCK})?|${STAMP_LABEL}${CLOCK}(?:,?\\s*${DATE})?)\\s*\\|?$`, 'i');

/**
 * Finds the blocks of a document that are page chrome. Each block is judged on its own, then a short line
 * inside a run of short lines that is mostly recognised labels is read as one more menu item.
 */
export function findChromeBlocks(paragraphs: readonly Paragraph[], options: { extraLabels?: readonly string[] } = {}): ChromeBlock[] {
  const extraLabels = new Set((options.extraLabels ?? []).map((label) => label.toLowerCase()));
  const verdicts = paragraphs.map((paragraph) => classifyChromeLine(paragraph.text, { hasFiniteVerb: hasFiniteVerb(paragraph), extraLabels }));
  const short = paragraphs.map((paragraph) => isMenuItemShaped(paragraph));
  for (let start = 0; start < paragraphs.length; start++) {
    if (!short[start]) continue;
    let end = start;
    while (end + 1 < paragraphs.length && short[end + 1]) end++;
    const labelled = verdicts.slice(start, end + 1).filter(Boolean).length;
    if (labelled >= MIN_MENU_LABELS && labelled * 2 >= end - start + 1) {
      for (let i = start; i <= end; i++) verdicts[i] ??= { kind: 'labels', evidence: 'one item of a menu' };
    }
    start = end;
  }
  // An everyday word alone counts as furniture beside other furniture, or outside the body (before its first
  // paragraph of prose or after its last), where menus and footers sit.
  const prose = paragraphs.flatMap((paragraph, i) => (isProse(paragraph) ? [i] : []));
  const edge = (i: number) => prose.length === 0 || i < prose[0] || i > prose[prose.length - 1];
  const accompanied = (i: number) => verdicts[i - 1] !== undefined || verdicts[i + 1] !== undefined || edge(i);
  return paragraphs.flatMap((paragraph, i) => {
    const verdict = verdicts[i];
    return verdict && (!verdict.needsCompany || accompanied(i)) ? [{ paragraph, verdict }] : [];
  });
}

function isProse(paragraph: Paragraph): boolean {
  return paragraph.text.split(/\s+/).length >= MIN_PROSE_WORDS && /[.!?]["'”’)]*$/.test(paragraph.text.trim());
}

function hasFiniteVerb(paragraph: Paragraph): boolean {
  return paragraph.sentences.some((sentence) => sentence.words.some((word: Word) => word.index > 0 && /^(VBD|VBZ|VBP|MD)$/.test(word.tag)));
}

/** A menu item: a few words starting with a capital, no comma or sentence punctuation, no finite verb. */
function isMenuItemShaped(paragraph: Paragraph): boolean {
  const text = paragraph.text.trim();
  const words = text.split(/\s+/).length;
  return words <= MAX_MENU_ITEM_WORDS && /^[*#»•\s]*\p{Lu}/u.test(text) && /\p{L}{2}/u.test(text) && !/[,;]|[.!?:]["'”’)]*$/.test(text) && !hasFiniteVerb(paragraph);
}

/** Decides whether one line of copy is page chrome: interface labels, a reader prompt, or extractor debris. */
export function classifyChromeLine(text: string, facts: LineFacts): ChromeVerdict | undefined {
  const raw = text.trim();
  if (raw === '') return undefined;
  if (isLinkDebris(raw)) return { kind: 'link', evidence: raw };
  const plain = stripMarkup(raw);
  if (plain === undefined) return { kind: 'link', evidence: raw };
  if (!/[\p{L}\p{N}]/u.test(plain)) return undefined;
  const tokens = labelTokens(plain);
  return shapeVerdict(plain) ?? labelVerdict(plain, tokens, facts) ?? promptVerdict(plain, tokens, facts);
}

/** Lines whose shape alone gives them away: a handle, a timestamp, a credit, a gallery counter, a reading time. */
function shapeVerdict(plain: string): ChromeVerdict | undefined {
  if (/^@[\p{L}\p{N}_]{2,}$/u.test(plain)) return { kind: 'labels', evidence: plain };
  if (TIMESTAMP.test(plain)) return { kind: 'timestamp', evidence: plain };
  if (isCredit(plain)) return { kind: 'credit', evidence: plain };
  if (/^(image|photo|picture|slide|video)s?\s+\d+\s+(of|\/)\s+\d+$/i.test(plain)) return { kind: 'labels', evidence: 'gallery counter' };
  if (/^\d+\s*(min|mins|minutes?)\.?\s+(read|listen|watch)$/i.test(plain)) return { kind: 'labels', evidence: 'reading time' };
  return undefined;
}

/** A short line made only of interface words ("Adjust Comment Print", "Most Popular", "About the author"). */
function labelVerdict(plain: string, tokens: string[], facts: LineFacts): ChromeVerdict | undefined {
  if (tokens.length === 0 || tokens.length > MAX_LABEL_WORDS || /[.!?]["'”’)]*$/.test(plain.replace(/(\.\.\.|…)$/, ''))) return undefined;
  if (/^About\s+\p{Lu}/u.test(plain) && tokens.length <= 4 && !facts.hasFiniteVerb) return { kind: 'labels', evidence: 'about' };
  const strong = (token: string) => STRONG_LABEL_WORDS.has(token) || facts.extraLabels?.has(token) === true;
  const labels = tokens.filter((token) => strong(token) || WEAK_LABEL_WORDS.has(token));
  const meaningful = labels.filter((token) => !FUNCTION_WORDS.has(token));
  // "Top 10" is a list heading, not a menu: numbers need a strong label beside them ("0 Comments").
  const numbered = /\d/.test(plain) && !labels.some(strong);
  if (meaningful.length === 0 || labels.length !== tokens.length || numbered) return undefined;
  return { kind: 'labels', evidence: meaningful.join(', '), needsCompany: meaningful.length === 1 && !labels.some(strong) };
}

/** A line that opens like a prompt or a label ("Click here to…", "Image copyright …") or carries legal furniture. */
function promptVerdict(plain: string, tokens: string[], facts: LineFacts): ChromeVerdict | undefined {
  if (tokens.length > MAX_PROMPT_WORDS) return undefined;
  const lower = plain.toLowerCase();
  const opening = PROMPT_OPENINGS.find((candidate) => startsWithPhrase(lower, candidate));
  const isCommand = !facts.hasFiniteVerb && !/\?$/.test(plain);
  const isLabel = opening !== undefined && (LABEL_OPENINGS.has(opening) || plain[opening.length] === ':');
  if (opening && (isLabel || isCommand)) return { kind: 'prompt', evidence: plain.slice(0, opening.length) };
  const phrase = FURNITURE_PHRASES.find((candidate) => lower.includes(candidate));
  if (phrase) return { kind: 'prompt', evidence: phrase };
  if (/^copyright\b/.test(lower) && /©|ⓒ|\(c\)|\b(19|20)\d{2}\b/i.test(lower) && !facts.hasFiniteVerb) return { kind: 'prompt', evidence: 'copyright' };
  return undefined;
}

/**
 * Link bookkeeping an HTML-to-text converter leaves behind: `[3]: https://…`, `][5]`, a line that is only a
 * link, a bulleted page number, or the tail of a URL broken across lines. A whole `http…` address without a
 * query is left alone: copy sometimes cites one.
 */
function isLinkDebris(line: string): boolean {
  if (/^\[[^\]]{1,60}\]:\s*\S*$/.test(line)) return true;
  if (/\]\s*\[\d+\]/.test(line) && !/\p{L}{2,}/u.test(line.replace(/\[\d+\]/g, ''))) return true;
  if (/^[*+\-]\s+\d{1,3}$/.test(line)) return true;
  if (/\s/.test(line) || !/\p{L}/u.test(line)) return false;
  const query = /\?[\w%.-]+=|\w=[\w%]|&[\w%.-]+=/;
  if (/^https?:\/\//i.test(line)) return query.test(line) || /\.(png|jpe?g|gif|svg|webp)$/i.test(line);
  return query.test(line) || /^[./%]|\/$|\.(php|html?|aspx?|pdf|png|jpe?g|gif|svg|webp)$/i.test(line) || /^(html?|tml|ml|php|aspx?)$/i.test(line);
}

/** A line that is only a picture credit: agency names, separated by slashes, "via" or "/". */
function isCredit(line: string): boolean {
  const parts = line.toLowerCase().replace(/^[/|]\s*/, '').split(/\s*(?:\/|\||;|,|\bvia\b)\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((part) => CREDITS.has(part.replace(/[()]/g, '').trim()));
}

/** Removes markdown markers and link syntax so the reader-visible words remain; undefined for a line of only links. */
function stripMarkup(line: string): string | undefined {
  const unmarked = line.replace(/^(#{1,6}\s+|[*+\-•»]\s+|\d+[.)]\s+|>\s*)+/, '').trim();
  const withoutLinks = unmarked.replace(/\[[^\]]*\]\[\d*\]|\[[^\]]*\]\([^)]*\)/g, '').replace(/[*_\s|•·]+/g, '');
  if (withoutLinks === '' && /\]\s*[[(]/.test(unmarked)) return undefined;
  return unmarked
    .replace(/\[([^\]]*)\]\[\d*\]/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2')
    .trim();
}

/** Lower-cased words of a line, with fused labels ("LatestPopular") split apart; numbers and symbols dropped. */
function labelTokens(line: string): string[] {
  return line
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .map((token) => token.replace(/^['’-]+|['’-]+$/g, '').replace(/’/g, "'"))
    // Single letters are icons ("X" to close) or initials: neither label nor copy.
    .filter((token) => token.length > 1 || token === 'a');
}

function startsWithPhrase(lower: string, phrase: string): boolean {
  if (!lower.startsWith(phrase)) return false;
  const next = lower[phrase.length];
  return next === undefined || !/[\p{L}\p{N}]/u.test(next) || /[:©]$/.test(phrase);
}
