import type { NewsDocument, Sentence, Word } from '../../src/model/document.js';
import { adjacent } from '../english/gaps.js';
import { WRONG_OPENINGS, WRONG_PHRASES } from '../english/preposition-collocations.js';
import { addressAt, placePrepositionAt, WRONG_PLACE_PREPOSITIONS } from './place-preposition.js';
import { incompletePhraseAt } from './quantity-and-span.js';

/** A wrong phrase found in a sentence: how many words it spans and the phrase meant. */
export interface PhraseMatch {
  length: number;
  right: string;
}

const PHRASES = WRONG_PHRASES.map(([wrong, right]) => ({ words: wrong.split(' '), right, atStart: false }));
const OPENINGS = WRONG_OPENINGS.map(([wrong, right]) => ({ words: wrong.split(' '), right, atStart: true }));
/** The listed phrases by their first two words; most words start none, which one set lookup tells. */
const PHRASES_BY_OPENING = new Map<string, typeof PHRASES>();
/** Most openings start no listed phrase: they share one empty list rather than each making its own. */
const NO_PHRASES: typeof PHRASES = [];
const FIRST_WORDS = new Set<string>();
for (const phrase of [...PHRASES, ...OPENINGS]) {
  const opening = `${phrase.words[0]} ${phrase.words[1]}`;
  PHRASES_BY_OPENING.set(opening, [...(PHRASES_BY_OPENING.get(opening) ?? []), phrase]);
  FIRST_WORDS.add(phrase.words[0]!);
}
/**
 * Every word a check below starts from: the listed phrases' first words and the prepositions and articles
 * the other checks open on. Most words start none, which one lookup tells; a new check adds its openers here.
 */
const PHRASE_OPENERS = new Set([...FIRST_WORDS, ...WRONG_PLACE_PREPOSITIONS, 'between', 'in', 'at', 'on', 'since', 'during', 'before', 'after', 'a', 'the']);
// Longer phrases first, so "in the right side of" is tried before "in the right side", whose guard stops at "of".
for (const phrases of PHRASES_BY_OPENING.values()) phrases.sort((a, b) => b.words.length - a.words.length);
const DATE_PREPOSITION = /^(in|at|on)$/;
/** Words that govern "in" themselves, so a phrase after them is their complement. */
const GOVERNS_IN = /^(confidence|trust|faith|interest|investment|investments|invest|invested|investing|belief|believe|believed|growth|rise|increase|fall|decline|change|changes|stake|stakes|shares|role|part|experts?|specialist|involved|involvement|participation)$/;
/** Words that govern "on" themselves. */
const GOVERNS_ON =
  /^(spend|spends|spent|spending|focus|focused|focuses|impact|effect|influence|comment|comments|commented|agreement|ban|tax|talks|debate|vote|voted|votes|depend|depends|rely|relies|based|report|reports|reported|advice|views|stance|position|decision|briefing|update|plan|plans|attack|attacks|emphasis|pressure|crackdown|cut|cuts|claim|claims|waste|wasted|bet|bets|splurge|worked|working|work|works|concentrate|insist|insisted|reflect|reflected|reflects)$/;
const TIME_UNITS = /^(years|months|weeks|days|hours|minutes|decades|centuries)$/;
/** Words after a span of time that make "since" right: "since two years ago", "since three years earlier". */
const POINT_IN_TIME = /^(ago|earlier|before|later|after|back)$/;
/** Words after a phrase that make its last word a modifier or start a qualifier: "on the evening news", "on the morning of". */
const PHRASE_CONTINUES = /^(NN|NNS|NNP|NNPS|POS|VBG|JJ)$/;
const DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/;
const MONTHS = /^(january|february|march|april|june|july|august|september|october|november|december)$/;
const CAPITAL_START = /^[A-Z]/;

/** Whether the word before "on" at `i` governs it, an amount between: "spent £50 on Christmas". */
function governsOn(sentence: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > 0 && (sentence.words[k]!.tag === 'CD' || /^[£$€]/.test(sentence.words[k]!.text))) k--;
  const before = sentence.words[k];
  return before !== undefined && GOVERNS_ON.test(before.lower);
}

/** A listed fixed phrase, a range or a date with the wrong preposition starting at word `i`. */
export function phraseAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  const second = sentence.words[i + 1];
  if (!second || !PHRASE_OPENERS.has(sentence.words[i]!.lower)) return undefined;
  const listed = FIRST_WORDS.has(sentence.words[i]!.lower) ? PHRASES_BY_OPENING.get(`${sentence.words[i]!.lower} ${second.lower}`) : undefined;
  for (const { words, right, atStart } of listed ?? NO_PHRASES) {
    if (atStart && i !== 0) continue;
    // "confidence in the internet", "investment in the radio": the noun before governs the preposition.
    if (i > 0 && GOVERNS_IN.test(sentence.words[i - 1]!.lower)) continue;
    // "spent £50 on Christmas", "a report on the website": the word before governs "on".
    if (words[0] === 'on' && governsOn(sentence, i)) continue;
    const matches = words.every((part, k) => {
      const word = sentence.words[i + k];
      return word?.lower === part && (k === 0 || adjacent(document, sentence.words[i + k - 1]!, word));
    });
    if (!matches) continue;
    const last = sentence.words[i + words.length - 1]!;
    const after = sentence.words[i + words.length];
    // "except of course for": the phrase's "of" starts another one.
    if (last.lower === 'of' && after?.lower === 'course') return undefined;
    // "hit him in the right side of his face": a side of someone's body is in it.
    if (words.includes('side') && last.lower === 'of' && after?.tag === 'PRP$') return undefined;
    // A phrase ending on a preposition or an article ("in front to", "countless of", "in spite the") takes its object next.
    const endsOnPreposition = /^(of|to|for|with|than|the|a|an)$/.test(last.lower);
    if (!endsOnPreposition && after && adjacent(document, last, after) && (PHRASE_CONTINUES.test(after.tag) || after.lower === 'of')) return undefined;
    return { length: words.length, right };
  }
  return (
    betweenToAt(sentence, i, document) ??
    datePrepositionAt(sentence, i, document) ??
    dayOfMonthAt(sentence, i, document) ??
    placePrepositionAt(sentence, i, document) ??
    addressAt(sentence, i, document) ??
    sinceDurationAt(sentence, i, document) ??
    agoDurationAt(sentence, i, document) ??
    eventYearAt(sentence, i, document) ??
    incompletePhraseAt(sentence, i, document)
  );
}

/** "between three to five" → "between three and five". */
function betweenToAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  if (sentence.words[i]!.lower !== 'between') return undefined;
  const [between, low, to, high] = [0, 1, 2, 3].map((k) => sentence.words[i + k]);
  if (between?.lower !== 'between' || low?.tag !== 'CD' || to?.lower !== 'to' || high?.tag !== 'CD') return undefined;
  if (![low, to, high].every((word, k) => adjacent(document, sentence.words[i + k]!, word))) return undefined;
  return { length: 4, right: `between ${low.text} and ${high.text}` };
}

/** "in Monday" → "on Monday", "on January" → "in January" ("on January 5" and "in Monday's vote" are fine). */
function datePrepositionAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  // "in", "at" and "on" are common: most are followed by no capitalised name and need nothing more read.
  if (!DATE_PREPOSITION.test(sentence.words[i]!.lower) || !CAPITAL_START.test(sentence.words[i + 1]?.text ?? '')) return undefined;
  const [preposition, name, after] = [0, 1, 2].map((k) => sentence.words[i + k]);
  if (!preposition || !name || !CAPITAL_START.test(name.text) || !adjacent(document, preposition, name)) return undefined;
  // "on March 2020": a month and a year take "in".
  if (preposition.lower === 'on' && MONTHS.test(name.lower) && after && /^\d{4}$/.test(after.text) && adjacent(document, name, after)) {
    const next = sentence.words[i + 3];
    if (!next || !adjacent(document, after, next) || !PHRASE_CONTINUES.test(next.tag)) return { length: 3, right: `in ${name.text} ${after.text}` };
  }
  if (after && adjacent(document, name, after) && (after.tag === 'CD' || /^\d/.test(after.text) || PHRASE_CONTINUES.test(after.tag) || after.lower === 'of')) return undefined;
  if (DAYS.test(name.lower) && (preposition.lower === 'in' || preposition.lower === 'at')) return { length: 2, right: `on ${name.text}` };
  if (MONTHS.test(name.lower) && (preposition.lower === 'on' || preposition.lower === 'at')) return { length: 2, right: `in ${name.text}` };
  return undefined;
}

const MONTH_NAMES = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A day of the month; the tokenizer keeps a full stop on a number that ends a sentence. */
const DAY_OF_MONTH = /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?\.?$/;

/** "in 5 May", "at the 5th of May", "in May 5" → "on …": a day of the month takes "on". */
function dayOfMonthAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  const preposition = sentence.words[i]!;
  if (preposition.lower !== 'in' && preposition.lower !== 'at') return undefined;
  // A date starts with a day, "the" or a month: most words after "in" and "at" start none.
  const opening = sentence.words[i + 1]?.text ?? '';
  if (opening !== 'the' && !DAY_OF_MONTH.test(opening) && !MONTH_NAMES.test(opening)) return undefined;
  const words: Word[] = [];
  for (let k = i + 1; k < Math.min(i + 5, sentence.words.length); k++) {
    const word = sentence.words[k]!;
    if (!adjacent(document, sentence.words[k - 1]!, word)) break;
    words.push(word);
  }
  const texts = words.map((word) => word.text);
  let length = 0;
  if (DAY_OF_MONTH.test(texts[0] ?? '') && MONTH_NAMES.test(texts[1] ?? '')) length = 2;
  else if (texts[0] === 'the' && DAY_OF_MONTH.test(texts[1] ?? '') && texts[2] === 'of' && MONTH_NAMES.test(texts[3] ?? '')) length = 4;
  else if (MONTH_NAMES.test(texts[0] ?? '') && DAY_OF_MONTH.test(texts[1] ?? '')) {
    // "in May 10 people died": a number before a noun counts, it is no day.
    const after = words[2];
    if (after && /^(NN|NNS|JJ)$/.test(after.tag)) return undefined;
    length = 2;
  }
  if (length === 0) return undefined;
  // "as at 31 March" (accounts), "in 5 May elections": a set phrase, or the date modifies a noun.
  const next = words[length];
  if (sentence.words[i - 1]?.lower === 'as' || (next && PHRASE_CONTINUES.test(next.tag))) return undefined;
  return { length: length + 1, right: `on ${texts.slice(0, length).join(' ')}` };
}

/** Past participles of events dated by their year. */
const DATED_EVENT = /^(born|died|founded|established|built|published|released|elected|married|opened|created|formed|launched)$/;

/** "born on 1990", "founded at 2005" → "in 1990": a year alone takes "in" ("born on 5 May 1990" has a day). */
function eventYearAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  const preposition = sentence.words[i]!;
  if (preposition.lower !== 'on' && preposition.lower !== 'at') return undefined;
  const year = sentence.words[i + 1];
  const after = sentence.words[i + 2];
  if (!year || !/^(1[5-9]|20)\d\d$/.test(year.text) || !adjacent(document, preposition, year) || !DATED_EVENT.test(sentence.words[i - 1]?.lower ?? '')) return undefined;
  // "opened on 2019 figures": the year modifies a noun.
  if (after && adjacent(document, year, after) && PHRASE_CONTINUES.test(after.tag)) return undefined;
  return { length: 2, right: `in ${year.text}` };
}

/** "before two days" → "two days ago", "in two days later" → "two days later": a span back from now or from then. */
function agoDurationAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  const opening = sentence.words[i]!.lower;
  if ((opening !== 'before' && opening !== 'in' && opening !== 'after') || sentence.words[i + 1]?.tag !== 'CD') return undefined;
  const [count, unit, after] = [1, 2, 3].map((k) => sentence.words[i + k]);
  if (!count || !unit || count.tag !== 'CD' || !TIME_UNITS.test(unit.lower) || !adjacent(document, sentence.words[i]!, count) || !adjacent(document, count, unit)) return undefined;
  const joined = after !== undefined && adjacent(document, unit, after);
  if (opening === 'before') {
    // "before two years had passed", "before two years of talks", "the day before two years ago": not a span back from now.
    if (joined || sentence.words[i - 1]?.tag === 'NN') return undefined;
    return { length: 3, right: `${count.text} ${unit.text} ago` };
  }
  if (!joined || after.lower !== 'later') return undefined;
  return { length: 4, right: `${count.text} ${unit.text} later` };
}

/** Words that qualify a count of time without changing what it is ("since more than nine years"). */
const SPAN_QUALIFIERS: ReadonlyMap<string, number> = new Map([['more than', 2], ['less than', 2], ['at least', 2], ['over', 1], ['almost', 1], ['nearly', 1], ['about', 1], ['around', 1]]);

/**
 * "since two years", "during two years", "since more than nine years" → "for …": "since" takes a point in
 * time, "for" a span ("since two years ago" is fine).
 */
function sinceDurationAt(sentence: Sentence, i: number, document: NewsDocument): PhraseMatch | undefined {
  const opening = sentence.words[i]!.lower;
  if (opening !== 'since' && opening !== 'during') return undefined;
  const qualifier = spanQualifierAt(sentence, i + 1, document);
  const [count, unit, after] = [1, 2, 3].map((k) => sentence.words[i + qualifier + k]);
  if (!count || !unit || !(count.tag === 'CD' || /^(many|several|some|a few)$/.test(count.lower)) || !TIME_UNITS.test(unit.lower)) return undefined;
  if (!adjacent(document, sentence.words[i + qualifier]!, count) || !adjacent(document, count, unit) || (after && POINT_IN_TIME.test(after.lower))) return undefined;
  // "during two years of war", "during three days' talks": a span that names what filled it is right.
  if (opening === 'during' && after && adjacent(document, unit, after) && (after.lower === 'of' || PHRASE_CONTINUES.test(after.tag))) return undefined;
  const span = document.textOf({ start: sentence.words[i + 1]!.start, end: unit.end });
  return { length: qualifier + 3, right: `for ${span}` };
}

/** How many words of a qualifier ("more than", "nearly") start at word `i` joined to the word before, or 0. */
function spanQualifierAt(sentence: Sentence, i: number, document: NewsDocument): number {
  const [first, second] = [sentence.words[i], sentence.words[i + 1]];
  if (!first || !adjacent(document, sentence.words[i - 1]!, first)) return 0;
  if (second && adjacent(document, first, second) && SPAN_QUALIFIERS.get(`${first.lower} ${second.lower}`) === 2) return 2;
  return SPAN_QUALIFIERS.get(first.lower) === 1 ? 1 : 0;
}
