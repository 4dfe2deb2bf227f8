import { createRequire } from 'node:module';

/**
 * The tagger's word knowledge: en-lexicon read directly (loaded on first use), British spellings
 * mapped to its American ones, and guesses from a word's shape when the lexicon lacks it.
 */

const require = createRequire(import.meta.url);

/**
 * Verbs that news uses as nouns too, which en-lexicon lists only as verbs: "a big ask", "a rant", "his
 * serve", "a big spend", "a steal at £5", "the reveal", "rave reviews", "a moan", "a snub", "drugs
 * cheats", "a games console".
 */
const MISSING_NOUN_READINGS = new Set(['ask', 'rant', 'serve', 'spend', 'steal', 'reveal', 'rave', 'moan', 'snub', 'cheat', 'console']);
let lexicon: Readonly<Record<string, string>> | undefined;
const entries = new Map<string, readonly string[] | null>();

/** The lexicon's tags for `word` (case-sensitive), likeliest first. The lexicon loads on first use. */
export function lexiconTags(word: string): readonly string[] | undefined {
  let tags = entries.get(word);
  if (tags === undefined) {
    lexicon ??= (require('en-lexicon/dist/lexicon.js') as { default: Record<string, string> }).default;
    tags = Object.hasOwn(lexicon, word) ? lexicon[word]!.split('|') : null;
    if (tags && MISSING_NOUN_READINGS.has(word)) tags = [...tags, 'NN'];
    entries.set(word, tags);
  }
  return tags ?? undefined;
}

// en-lexicon is American; news copy is often British ("criticised", "flavoured", "centre").
const britishSpellings: ReadonlyArray<[RegExp, string]> = [
  [/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/our(s|ed|ing|ful|ite|ites|able|er|ers)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ence$/, 'ense'],
  [/ogue(s)?$/, 'og$1'],
  [/mme(s)?$/, 'm$1'],
];

/** Each word's readings under its own or its American spelling, `null` for none: rules ask about the same words again and again. */
const readings = new Map<string, readonly string[] | null>();

/** Tags of a lower-case word under its own or its American spelling. */
function spellingTags(lower: string): readonly string[] | undefined {
  let tags = readings.get(lower);
  if (tags === undefined) {
    tags = americanOrOwnTags(lower) ?? null;
    // Bounded so that a long-running server does not grow the memo without end.
    if (readings.size < 200_000) readings.set(lower, tags);
  }
  return tags ?? undefined;
}

/** The lexicon's tags for the word, or for its American spelling where that adds the noun reading. */
function americanOrOwnTags(lower: string): readonly string[] | undefined {
  const own = lexiconTags(lower);
  // en-lexicon lists many British spellings without their noun reading ("programme" and "rumour" only as
  // verbs, "organisation" as a name): those take the American entry's readings first.
  if (own && own.some((tag) => tag === 'NN' || tag === 'NNS')) return own;
  for (const [pattern, replacement] of britishSpellings) {
    if (!pattern.test(lower)) continue;
    const tags = lexiconTags(lower.replace(pattern, replacement));
    if (!tags) continue;
    if (!own) return tags;
    if (tags.some((tag) => tag === 'NN' || tag === 'NNS')) return [...new Set([...tags, ...own])];
  }
  return own;
}

/** The lexicon's readings of a word (its own or its American spelling), likeliest first; `[]` when unknown. */
export function lexicalTags(word: string): readonly string[] {
  return spellingTags(word.toLowerCase()) ?? [];
}

/** Lexicon check handed to the lemmatiser. */
export function knows(word: string, tags: readonly string[]): boolean {
  const found = spellingTags(word);
  return found !== undefined && found.some((tag) => tags.includes(tag));
}

// A sentence-initial word that the lexicon lists as a name ("Will", "Reporting", "Ministers") is read in
// lower case when that reading is a function word, a modal, an opening participle or a plural noun.
// Other lower-case readings lose to the name: "Apple said", "Shanghai Automotive".
const lowerCaseFirstTags = new Set(['MD', 'DT', 'IN', 'WRB', 'WP', 'WDT', 'PRP', 'PRP$', 'CC', 'EX', 'TO', 'PDT', 'VBG', 'VBN', 'NNS']);
// Particles that make a hyphenated compound a noun ("run-off", "follow-up", "take-over").
const nominalisingParticles = new Set(['down', 'up', 'out', 'off', 'away', 'back', 'over', 'in']);

/** Tags for a word the lexicon lacks, from its shape. */
function guessTags(text: string, lower: string, atStart: boolean): readonly string[] {
  if (/^\d+(?:st|nd|rd|th)$/.test(lower)) return ['JJ'];
  if (/\d/.test(lower) && /^[\d.,:/%-]*\d[\d.,:/%-]*(?:s|bn|m|k|am|pm)?$/.test(lower)) return ['CD'];
  const capitalized = /^\p{Lu}/u.test(text);
  // "Moscow-based", "US-led": a name joined to a lower-case participle or adjective is an adjective.
  const lastPart = lower.slice(lower.lastIndexOf('-') + 1);
  if (capitalized && /-\p{Ll}+$/u.test(text) && knows(lastPart, ['JJ', 'VBN', 'VBG'])) return ['JJ'];
  if (capitalized && !atStart) return ['NNP'];
  if (lower.includes('-')) return guessCompound(lower);
  const shape = guessFromSuffix(lower);
  // A capitalised unknown word opening a sentence is usually a name, unless it has a productive plural ending.
  if (capitalized && !(shape[0] === 'NNS' && /(?:ers|ors|ists|ions|ments|ies)$/.test(lower))) return ['NNP'];
  return shape;
}

function guessFromSuffix(lower: string): readonly string[] {
  if (lower.endsWith('ing')) return ['VBG', 'NN', 'JJ'];
  if (lower.endsWith('ed')) return ['VBD', 'VBN', 'JJ'];
  if (lower.endsWith('ly')) return ['RB'];
  if (/(?:tion|sion|ment|ness|ity|ism|ist|ance|ence|ship|hood|er|or|age|ery|ure|cy)$/.test(lower)) return ['NN'];
  if (/(?:ous|ful|ive|able|ible|al|ic|less|ish|ary|ian|ese)$/.test(lower)) return ['JJ'];
  if (/[^s]s$/.test(lower)) return ['NNS', 'VBZ'];
  if (/(?:ise|ize|ify)$/.test(lower)) return ['VB', 'VBP'];
  return ['NN', 'JJ'];
}

const compoundPrefixes = new Set(['re', 'co', 'pre', 'post', 'non', 'anti', 'ex', 'e', 'mid', 'self', 'counter', 'semi', 'multi', 'inter', 'sub', 'super', 'de', 'un', 'vice', 'pro']);

/** Hyphenated words: "re-elected" like "elected", "run-off" a noun, "45-year-old" and "long-running" adjectives. */
function guessCompound(lower: string): readonly string[] {
  const parts = lower.split('-').filter((part) => part.length > 0);
  const first = parts[0] ?? lower;
  const last = parts[parts.length - 1] ?? lower;
  const rest = parts.slice(1).join('-');
  if (compoundPrefixes.has(first) && rest) {
    const restTags = spellingTags(rest);
    if (restTags) return restTags;
  }
  if (nominalisingParticles.has(last)) return ['NN'];
  if (/\d/.test(lower) || lexiconTags(first)?.[0] === 'CD') return ['JJ'];
  const lastTags = spellingTags(last);
  if (lastTags?.[0] === 'NNS') return ['NNS'];
  return ['JJ', 'NN'];
}


/** Lexicon tags for a word at `index`, choosing between its capitalised and lower-case entries. */
export function lookUp(text: string, index: number, titleCase: boolean): readonly string[] {
  const lower = text.toLowerCase();
  const capitalized = lower !== text;
  const exact = capitalized ? lexiconTags(text) : spellingTags(lower);
  const folded = capitalized ? spellingTags(lower) : undefined;
  if (capitalized && titleCase) {
    // In a headline every word is capitalised, so only a word listed solely as a name stays one.
    const onlyName = exact !== undefined && exact.every((tag) => tag === 'NNP' || tag === 'NNPS');
    if (folded && !onlyName) return folded;
  } else if (capitalized && index === 0) {
    // The capitalised entry wins unless it is a name whose lower-case twin reads better (see
    // lowerCaseFirstTags). Acronyms ("US") keep their entry.
    const acronym = text.length > 1 && text === text.toUpperCase();
    if (exact && (acronym || !(exact[0]!.startsWith('NN') && folded && lowerCaseFirstTags.has(folded[0]!)))) return exact;
    if (folded) return folded;
  }
  if (exact) return exact;
  if (capitalized && folded) return /^\p{Lu}/u.test(text) ? ['NNP'] : folded;
  return (capitalized ? undefined : spellingTags(lower)) ?? guessTags(text, lower, index === 0 || titleCase);
}

