import { lookUp } from './tagger-lexicon.js';

/** One word as the context rules see it: its candidate tags, chosen tag and what its clitics fixed. */
export interface Token {
  /** The part that is tagged: the host of a possessive, the whole word otherwise. */
  text: string;
  lower: string;
  capitalized: boolean;
  /** Tags this token can take, likeliest first. */
  candidates: readonly string[];
  tag: string;
  /** Set when a contraction fixes the lemma ("won't" → "will"). */
  lemma?: string;
  /** The contracted clitic ("'d", "'s"…) when the word is pronoun + auxiliary. */
  clitic?: string;
  possessive: boolean;
  /** A rule has decided this token; later rules leave it alone. */
  settled: boolean;
}

// Hosts whose "'s" is "is"/"has" rather than a possessive.
const contractingHosts = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'when', 'why',
  'everything', 'everybody', 'everyone', 'nothing', 'nobody', 'something', 'someone', 'somebody',
]);


interface FixedReading {
  tag: string;
  lemma: string;
}

const negatedAuxiliaries: Readonly<Record<string, FixedReading>> = {
  do: { tag: 'VBP', lemma: 'do' }, does: { tag: 'VBZ', lemma: 'do' }, did: { tag: 'VBD', lemma: 'do' },
  is: { tag: 'VBZ', lemma: 'be' }, are: { tag: 'VBP', lemma: 'be' }, was: { tag: 'VBD', lemma: 'be' }, were: { tag: 'VBD', lemma: 'be' },
  ai: { tag: 'VBP', lemma: 'be' },
  has: { tag: 'VBZ', lemma: 'have' }, have: { tag: 'VBP', lemma: 'have' }, had: { tag: 'VBD', lemma: 'have' },
  ca: { tag: 'MD', lemma: 'can' }, can: { tag: 'MD', lemma: 'can' }, could: { tag: 'MD', lemma: 'could' },
  wo: { tag: 'MD', lemma: 'will' }, would: { tag: 'MD', lemma: 'would' }, sha: { tag: 'MD', lemma: 'shall' },
  should: { tag: 'MD', lemma: 'should' }, must: { tag: 'MD', lemma: 'must' }, might: { tag: 'MD', lemma: 'might' },
  need: { tag: 'MD', lemma: 'need' }, dare: { tag: 'MD', lemma: 'dare' },
};

const contractedVerbs: Readonly<Record<string, FixedReading>> = {
  "'s": { tag: 'VBZ', lemma: 'be' }, "'re": { tag: 'VBP', lemma: 'be' }, "'m": { tag: 'VBP', lemma: 'be' },
  "'ve": { tag: 'VBP', lemma: 'have' }, "'ll": { tag: 'MD', lemma: 'will' }, "'d": { tag: 'MD', lemma: 'would' },
};

function fixedToken(text: string, reading: FixedReading, clitic?: string): Token {
  return { text, lower: text.toLowerCase(), capitalized: false, candidates: [reading.tag], tag: reading.tag, lemma: reading.lemma, clitic, possessive: false, settled: true };
}


/** Splits off clitics and looks the word up. */
export function analyse(word: string, index: number, titleCase: boolean): Token {
  const normal = word.replace(/[’‘]/g, "'");
  const negated = /^(.+)n't$/i.exec(normal);
  if (negated) {
    const host = negated[1]!.toLowerCase();
    if (Object.hasOwn(negatedAuxiliaries, host)) return fixedToken(normal, negatedAuxiliaries[host]!);
  }
  const contracted = /^(.+?)('s|'re|'m|'ve|'d|'ll)$/i.exec(normal);
  let text = normal;
  let possessive = false;
  if (contracted) {
    const host = contracted[1]!.toLowerCase();
    const clitic = contracted[2]!.toLowerCase();
    if (clitic === "'s" && host === 'let') return fixedToken(normal, { tag: 'VB', lemma: 'let' });
    if (clitic !== "'s" || contractingHosts.has(host)) return fixedToken(normal, contractedVerbs[clitic]!, clitic);
    text = contracted[1]!;
    possessive = true;
  }
  const candidates = lookUp(text, index, titleCase);
  return {
    text,
    lower: text.toLowerCase(),
    capitalized: /^\p{Lu}/u.test(text),
    candidates,
    tag: candidates[0]!,
    possessive,
    settled: false,
  };
}


// Tested on every word of a sentence: as module constants they are not a new RegExp object per word.
const LONGER_WORD = /^\p{L}{4,}/u;
const CAPITALISED = /^\p{Lu}/u;

/** A headline in title case: nearly every longer word after the first is capitalised. */
export function isTitleCase(words: readonly string[]): boolean {
  const longer = words.slice(1).filter((word) => LONGER_WORD.test(word));
  return longer.length >= 3 && longer.filter((word) => CAPITALISED.test(word)).length / longer.length >= 0.8;
}

