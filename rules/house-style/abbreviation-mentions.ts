import type { NewsDocument, Paragraph } from '../../src/model/document.js';

/** One written abbreviation: "U.S.", "US", "USA" in "USA's"… */
export interface AbbreviationMention {
  start: number;
  end: number;
  /** How it is written, normalised: "U.S." (dotted, with its final stop) or "US". */
  form: string;
  /** What it stands for: its letters, or the key of an alias ("USA" → "US"). */
  entity: string;
  dotted: boolean;
  /**
   * Whether a full stop after the letters also ends the sentence: `yes` for "in the US." or "in the U.S."
   * at the end of a paragraph, `maybe` for a dotted form before a capital ("the U.S. President" or
   * "the U.S. The talks").
   */
  closesSentence: 'no' | 'yes' | 'maybe';
}

/** Different abbreviations of one country or body, keyed by their letters. */
const ALIASES: Readonly<Record<string, string>> = { USA: 'US' };

/** Letters with or without stops, whole words only; a plural or possessive may follow ("MPs", "UK's"). */
const CANDIDATE = /(?<![\p{L}\p{N}.'’])(\p{Lu}(?:\.?\p{Lu})+)(\.?)(?=(?:s|['’]s)?(?![\p{L}\p{N}]))/gu;
const DOTTED = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** The entity key an abbreviation's letters stand for (dots ignored, aliases resolved). */
export function entityOf(written: string): string {
  const letters = written.replace(/\./g, '').toUpperCase();
  return ALIASES[letters] ?? letters;
}

/** Every initialism written in capitals, with or without stops, in reading order. */
export function findAbbreviationMentions(document: NewsDocument): AbbreviationMention[] {
  return document.paragraphs.flatMap(mentionsIn);
}

function mentionsIn(paragraph: Paragraph): AbbreviationMention[] {
  const { text } = paragraph;
  // A line in capitals ("KIM JONG UN ARRIVES") is full of words that only look like initialisms.
  if (!/\p{Ll}{3}/u.test(text)) return [];
  const mentions: AbbreviationMention[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [, letters, stop] = match;
    const dotted = letters.includes('.');
    if (dotted && !DOTTED.test(letters)) continue;
    const index = match.index;
    const length = letters.length + (dotted ? stop.length : 0);
    const after = text.slice(index + length);
    if (insideCapitals(text.slice(0, index), after) || (ALIASES[letters.replace(/\./g, '')] && partOfName(text.slice(0, index), after))) continue;
    const form = dotted ? `${letters}.` : letters;
    mentions.push({
      start: paragraph.toSource(index),
      end: paragraph.toSource(index + length - 1) + 1,
      form,
      entity: entityOf(form),
      dotted,
      closesSentence: dotted ? (stop ? sentenceAfterStop(after) : 'no') : stop ? 'yes' : 'no',
    });
  }
  return mentions;
}

/** A neighbour in capitals of four letters or more: the letters belong to a shouted name or heading. */
function insideCapitals(before: string, after: string): boolean {
  return /(?:^|[^\p{L}])\p{Lu}{4,}[\s,]+$/u.test(before) || /^[\s,]+\p{Lu}{4,}(?![\p{L}])/u.test(after);
}

/** "USA Today", "Team USA": an alias inside a proper name is not the country's abbreviation. */
function partOfName(before: string, after: string): boolean {
  return /^ \p{Lu}\p{Ll}/u.test(after) || /[\p{L},;] \p{Lu}[\p{L}-]*\p{Ll} $/u.test(before);
}

/** After "U.S.": does its stop end the sentence too? */
function sentenceAfterStop(after: string): 'no' | 'yes' | 'maybe' {
  const rest = after.replace(/^['’]s|^s/, '');
  if (/^["”’)\]]*\s*$/.test(rest)) return rest === after ? 'yes' : 'no';
  if (/^\s+["“‘(]?[\p{Lu}\d]/u.test(rest)) return rest === after ? 'maybe' : 'no';
  return 'no';
}
