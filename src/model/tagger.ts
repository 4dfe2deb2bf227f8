import { createRequire } from 'node:module';
import { irregularPastKind, irregularVerbBase } from './lemma-irregulars.js';
import { lemmatize } from './lemma.js';

/**
 * Part-of-speech tagger for the document model: Penn Treebank tags and lemmas for one sentence's
 * nlcst words.
 *
 * It reads en-lexicon (the lexicon behind en-pos, ~112k words with their tags, likeliest first)
 * directly, then applies a short list of context rules. Loading en-pos itself costs ~200 ms, mostly
 * for name and city lists; the lexicon alone costs ~60 ms, and only on the first call.
 * bench/tagger/RESULTS.md has the measurements behind this choice.
 *
 * nlcst keeps clitics inside the word ("Korea's", "didn't", "It's"), so each such word gets one tag:
 * the noun's for possessives, the verb's for "n't" and pronoun contractions (that word carries the
 * clause's finite verb).
 */

/** A word's Penn Treebank tag and lower-case dictionary form. */
export interface TaggedWord {
  tag: string;
  lemma: string;
}

interface Token {
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

const require = createRequire(import.meta.url);
let lexicon: Readonly<Record<string, string>> | undefined;
const entries = new Map<string, readonly string[] | null>();

/** The lexicon's tags for `word` (case-sensitive), likeliest first. The lexicon loads on first use. */
function lexiconTags(word: string): readonly string[] | undefined {
  let tags = entries.get(word);
  if (tags === undefined) {
    lexicon ??= (require('en-lexicon/dist/lexicon.js') as { default: Record<string, string> }).default;
    tags = Object.hasOwn(lexicon, word) ? lexicon[word]!.split('|') : null;
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

/** Tags of a lower-case word under its own or its American spelling. */
function spellingTags(lower: string): readonly string[] | undefined {
  const own = lexiconTags(lower);
  if (own) return own;
  for (const [pattern, replacement] of britishSpellings) {
    if (!pattern.test(lower)) continue;
    const tags = lexiconTags(lower.replace(pattern, replacement));
    if (tags) return tags;
  }
  return undefined;
}

/** Lexicon check handed to the lemmatiser. */
function knows(word: string, tags: readonly string[]): boolean {
  const found = spellingTags(word);
  return found !== undefined && found.some((tag) => tags.includes(tag));
}

const nounTags = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const finiteTags = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const verbTags = new Set(['VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ', 'MD']);
// A sentence-initial word that the lexicon lists as a name ("Will", "Reporting", "Ministers") is read in
// lower case when that reading is a function word, a modal, an opening participle or a plural noun.
// Other lower-case readings lose to the name: "Apple said", "Shanghai Automotive".
const lowerCaseFirstTags = new Set(['MD', 'DT', 'IN', 'WRB', 'WP', 'WDT', 'PRP', 'PRP$', 'CC', 'EX', 'TO', 'PDT', 'VBG', 'VBN', 'NNS']);
// The lexicon lists rare readings ("in" as VBD, "a" as VB); rules only re-tag words whose likeliest reading is open-class.
const openClassTags = new Set(['NN', 'NNS', 'JJ', 'JJR', 'JJS', 'RB', 'VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ']);
// Words that end a noun phrase at the start of a new clause.
const clauseStartTags = new Set(['IN', 'WDT', 'WP', 'WRB', 'CC']);
const nounPhraseTags = new Set(['DT', 'PDT', 'PRP', 'PRP$', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'RB']);

const haveForms = new Set(['have', 'has', 'had', 'having']);
const doForms = new Set(['do', 'does', 'did']);
const auxiliaryForms = new Set([...haveForms, ...doForms, 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am']);
const beForms = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'get', 'gets', 'got', 'gotten', 'getting']);
const particles = new Set(['down', 'up', 'out', 'off', 'away', 'back']);
const reportingVerbs = new Set([
  'say', 'says', 'said', 'added', 'adds', 'believe', 'believes', 'think', 'thinks', 'claimed', 'claims', 'insisted', 'insists',
  'warned', 'warns', 'argued', 'argues', 'stressed', 'noted', 'suggested', 'suggests',
]);
// Subject pronouns that take the plain present ("we say", "I think").
const pluralPronouns = new Set(['we', 'they', 'you', 'i']);
// Nouns that follow "to" bare ("went to court"), so a verb reading there is not forced.
const bareDestinations = new Set(['court', 'hospital', 'school', 'work', 'church', 'bed', 'prison', 'jail', 'power', 'market', 'sea', 'town', 'office', 'trial', 'war', 'press', 'date', 'college', 'university', 'parliament', 'congress']);
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
  if (particles.has(last) || last === 'over' || last === 'in') return ['NN'];
  if (/\d/.test(lower) || lexiconTags(first)?.[0] === 'CD') return ['JJ'];
  const lastTags = spellingTags(last);
  if (lastTags?.[0] === 'NNS') return ['NNS'];
  return ['JJ', 'NN'];
}

/** Lexicon tags for a word at `index`, choosing between its capitalised and lower-case entries. */
function lookUp(text: string, index: number, titleCase: boolean): readonly string[] {
  const lower = text.toLowerCase();
  const exact = lexiconTags(text);
  const capitalized = lower !== text;
  const folded = capitalized ? spellingTags(lower) : undefined;
  if (capitalized && titleCase) {
    // In a headline every word is capitalised, so only a word listed solely as a name stays one.
    const onlyName = exact !== undefined && exact.every((tag) => tag === 'NNP' || tag === 'NNPS');
    if (folded && !onlyName) return folded;
  } else if (capitalized && index === 0) {
    // The capitalised entry wins unless it is a name whose lower-case twin reads better (see
    // lowerCaseFirstTags). Acronyms ("US") keep their entry.
    const acronym = text.length > 1 && text === text.toUpperCase();
    if (exact && (acronym || !(nounTags.has(exact[0]!) && folded && lowerCaseFirstTags.has(folded[0]!)))) return exact;
    if (folded) return folded;
  }
  if (exact) return exact;
  if (capitalized && folded) return /^\p{Lu}/u.test(text) ? ['NNP'] : folded;
  return (capitalized ? undefined : spellingTags(lower)) ?? guessTags(text, lower, index === 0 || titleCase);
}

/** Splits off clitics and looks the word up. */
function analyse(word: string, index: number, titleCase: boolean): Token {
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

/** A headline in title case: nearly every longer word after the first is capitalised. */
function isTitleCase(words: readonly string[]): boolean {
  const longer = words.slice(1).filter((word) => /^\p{L}{4,}/u.test(word));
  return longer.length >= 3 && longer.filter((word) => /^\p{Lu}/u.test(word)).length / longer.length >= 0.8;
}

// Readings English spells alike, which the lexicon does not always list together: "enveloped" is
// listed only as VBN, "fund" only as VBP.
const sameSpelling: Readonly<Record<string, string>> = { VBD: 'VBN', VBN: 'VBD', VB: 'VBP', VBP: 'VB' };

/** Whether a rule may give `token` the reading `tag`. */
function can(token: Token, tag: string): boolean {
  if (token.tag === tag) return true;
  if (!openClassTags.has(token.candidates[0]!)) return false;
  // The lexicon's rare readings of auxiliaries ("is" as NNS) and of irregular verbs ("grew" as VBN) are noise.
  if (auxiliaryForms.has(token.lower) && !verbTags.has(tag)) return false;
  if (tag === 'VBN' || tag === 'VBD') {
    // Past forms end in -ed unless the verb is irregular ("air" listed as VBN is noise).
    const irregular = irregularVerbBase(token.lower) !== undefined;
    if (!irregular && !token.lower.endsWith('ed')) return false;
    const kind = irregularPastKind(token.lower);
    if ((tag === 'VBN' && kind === 'past') || (tag === 'VBD' && kind === 'participle')) return false;
  }
  if (token.candidates.includes(tag)) return true;
  const twin = sameSpelling[tag];
  if (!twin || !token.candidates.includes(twin) || beForms.has(token.lower)) return false;
  return tag === 'VB' || tag === 'VBP' || token.lower.endsWith('ed');
}

function isHave(token: Token | undefined): boolean {
  return token !== undefined && (haveForms.has(token.lower) || token.lemma === 'have');
}

function isBe(token: Token | undefined): boolean {
  return token !== undefined && (beForms.has(token.lower) || token.lemma === 'be');
}

/** Index of the nearest token before `index` that is not an adverb ("has not yet gone"), or -1. */
function previousNonAdverbIndex(tokens: readonly Token[], index: number): number {
  for (let i = index - 1; i >= 0; i -= 1) if (!tokens[i]!.tag.startsWith('RB')) return i;
  return -1;
}

function previousNonAdverb(tokens: readonly Token[], index: number): Token | undefined {
  return tokens[previousNonAdverbIndex(tokens, index)];
}

/** True when a finite verb appears before `index` since the start of the current clause. */
function finiteVerbInClause(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    const tag = tokens[i]!.tag;
    // "said the firm plans to…": a reporting verb opens a new clause even without "that".
    if (reportingVerbs.has(tokens[i]!.lower)) return false;
    if (finiteTags.has(tag)) return true;
    if (clauseStartTags.has(tag) && tokens[i]!.lower !== 'of') return false;
  }
  return false;
}

function isSubject(token: Token | undefined): boolean {
  if (!token || token.possessive) return false;
  return nounTags.has(token.tag) || token.tag === 'PRP' || token.tag === 'WP' || token.tag === 'WDT' || token.tag === 'EX';
}

/** An undecided past form that may be a participle ("pledged", "brokered"), whatever its likeliest tag. */
function maybeParticiple(token: Token): boolean {
  return !token.settled && ['VBD', 'VBN', 'JJ'].includes(token.tag) && can(token, 'VBN');
}

/**
 * True when the words after `index` are prepositional phrases ending at a finite verb:
 * "[published] on Thursday found", "[signed] by the governor on Monday bans".
 */
function prepositionalPhrasesThenVerb(tokens: readonly Token[], index: number): boolean {
  let expectingPreposition = true;
  let afterHead = false;
  for (let j = index + 1; j < tokens.length; j += 1) {
    const token = tokens[j]!;
    if (finiteTags.has(token.tag)) return !expectingPreposition && afterHead;
    if ((token.tag === 'IN' || token.tag === 'TO') && token.lower !== 'that') {
      expectingPreposition = false;
      afterHead = false;
      continue;
    }
    if (expectingPreposition) return false;
    // A determiner after a head noun starts a new noun phrase with no preposition: not a run of phrases.
    if (afterHead && !nounTags.has(token.tag)) return false;
    if (!nounPhraseTags.has(token.tag)) return false;
    afterHead = nounTags.has(token.tag) || token.tag === 'CD';
  }
  return false;
}

interface SentenceContext {
  titleCase: boolean;
}

interface ContextRule {
  name: string;
  apply(tokens: Token[], sentence: SentenceContext): void;
}

function settle(token: Token, tag: string): void {
  token.tag = tag;
  token.settled = true;
}

/** Context rules, in the order they run. Each is small and named so the bench can measure it alone. */
const contextRules: readonly ContextRule[] = [
  {
    // "they'd left" is "had", "they'd leave" is "would".
    name: 'contracted-had',
    apply(tokens) {
      tokens.forEach((token, i) => {
        const next = tokens[i + 1];
        if (token.clitic === "'d" && next && can(next, 'VBN') && !can(next, 'VB')) {
          token.tag = 'VBD';
          token.lemma = 'have';
        }
      });
    },
  },
  {
    name: 'infinitive-after-to',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || token.settled || tokens[i - 1]!.tag !== 'TO' || !can(token, 'VB')) return;
        if (!verbTags.has(token.candidates[0]!) && bareDestinations.has(token.lower)) return;
        settle(token, 'VB');
      });
    },
  },
  {
    // "could create", "did not regret", and questions: "Will the government raise…", "Why did the ministry wait…".
    name: 'base-after-modal',
    apply(tokens) {
      tokens.forEach((token, k) => {
        const doSupport = (token.lemma === 'do' || doForms.has(token.lower)) && finiteTags.has(token.tag);
        if (token.tag !== 'MD' && !doSupport) return;
        const inverted = k === 0 || ['WRB', 'WP', 'WDT'].includes(tokens[k - 1]!.tag);
        for (let j = k + 1, phrase = 0; j < tokens.length; j += 1) {
          const next = tokens[j]!;
          if (next.tag.startsWith('RB') && !can(next, 'VB')) continue;
          if (can(next, 'VB') && !next.settled) {
            settle(next, 'VB');
            return;
          }
          if (!inverted || !nounPhraseTags.has(next.tag) || ++phrase > 5) return;
        }
      });
    },
  },
  {
    // Brill's classic: a determiner, possessive or adjective is followed by a noun, not a verb.
    name: 'noun-after-determiner',
    apply(tokens) {
      tokens.forEach((token, i) => {
        // Participles after a determiner stay verbs, as Penn tags them ("the developing world", "the leaked files").
        if (i === 0 || token.settled || !['VB', 'VBP', 'VBZ', 'VBD'].includes(token.tag)) return;
        const previous = tokens[i - 1]!;
        const adjective = ['JJ', 'JJR', 'JJS'].includes(previous.tag);
        const determines = ['DT', 'PRP$'].includes(previous.tag) || previous.possessive || adjective;
        if (!determines || ['that', 'this', 'these', 'those', 'all', 'both'].includes(previous.lower)) return;
        // "crude fell": after an adjective a past tense is more often the verb of a noun phrase than a noun.
        if (adjective && token.tag === 'VBD') return;
        if (token.tag === 'VBZ' && can(token, 'NNS')) token.tag = 'NNS';
        else if (can(token, 'NN')) token.tag = 'NN';
      });
    },
  },
  {
    // "unavailable for comment", "in turn": a preposition takes a noun, not a bare verb.
    name: 'noun-after-preposition',
    apply(tokens) {
      tokens.forEach((token, i) => {
        const previous = tokens[i - 1];
        if (!previous || token.settled || previous.tag !== 'IN' || !['VB', 'VBP'].includes(token.tag)) return;
        // "rather than wait", "whether stay": these words can take a clause or a bare verb.
        if (['that', 'than', 'whether'].includes(previous.lower)) return;
        if (can(token, 'NN')) token.tag = 'NN';
      });
    },
  },
  {
    // "against the incumbent": an adjective after a determiner with no noun to modify is the noun.
    name: 'adjective-as-noun-head',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || token.settled || token.tag !== 'JJ' || tokens[i - 1]!.tag !== 'DT' || !can(token, 'NN')) return;
        const next = tokens[i + 1];
        if (!next || next.tag === 'IN' || next.tag === 'TO' || finiteTags.has(next.tag)) token.tag = 'NN';
      });
    },
  },
  {
    name: 'participle-after-have-be',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (token.settled) return;
        const previous = previousNonAdverb(tokens, i);
        // After "be", an -ing form is progressive ("was ending"), whatever rarer readings the lexicon lists.
        if (isBe(previous) && token.lower.endsWith('ing') && can(token, 'VBG')) settle(token, 'VBG');
        else if ((isHave(previous) || isBe(previous)) && can(token, 'VBN')) settle(token, 'VBN');
      });
    },
  },
  {
    // "a started process", "the leaked files": no finite verb follows a determiner directly.
    name: 'participle-after-determiner',
    apply(tokens) {
      tokens.forEach((token, i) => {
        const previous = tokens[i - 1];
        if (!previous || !maybeParticiple(token) || token.tag !== 'VBD') return;
        if (['DT', 'PRP$'].includes(previous.tag) || previous.possessive) settle(token, 'VBN');
      });
    },
  },
  {
    // "The ceasefire, brokered by Egypt, …": a past form before "by" is a passive participle.
    name: 'participle-before-by',
    apply(tokens) {
      tokens.forEach((token, i) => {
        // "grew by 8.5" measures a change; only "by" + agent marks a passive.
        if (!maybeParticiple(token) || tokens[i + 1]?.lower !== 'by' || tokens[i + 2]?.tag === 'CD') return;
        if (i === 0 || nounTags.has(tokens[i - 1]!.tag)) settle(token, 'VBN');
      });
    },
  },
  {
    // "Built in the 1920s, the bridge…": a sentence that opens on a past form opens on a participle clause.
    name: 'participle-opening-clause',
    apply(tokens) {
      const first = tokens[0];
      if (first && maybeParticiple(first)) settle(first, 'VBN');
    },
  },
  {
    // "The report, published on Thursday, found…": noun + past form + prepositional phrase + finite verb.
    name: 'reduced-relative',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || !maybeParticiple(token)) return;
        if (!nounTags.has(tokens[i - 1]!.tag) || finiteVerbInClause(tokens, i)) return;
        if (prepositionalPhrasesThenVerb(tokens, i)) settle(token, 'VBN');
      });
    },
  },
  {
    // "Police arrested three men": a past form straight after its subject is the finite verb.
    name: 'past-after-subject',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (token.settled || token.tag !== 'VBN' || !can(token, 'VBD')) return;
        if (isSubject(previousNonAdverb(tokens, i))) settle(token, 'VBD');
      });
    },
  },
  {
    // "the river burst its banks", "the law bans the sale": subject + noun-looking verb + object.
    name: 'verb-after-subject',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (token.settled || !['NN', 'NNS', 'JJ'].includes(token.tag)) return;
        const previous = tokens[i - 1];
        const next = tokens[i + 1];
        if (!isSubject(previous) || !next || !['DT', 'PRP$', 'CD', 'TO'].includes(next.tag)) return;
        // "plans to grow" is a verb; "results to March" a noun followed by a preposition.
        const afterTo = tokens[i + 2];
        if (next.tag === 'TO' && !(afterTo && !afterTo.capitalized && can(afterTo, 'VB'))) return;
        if (finiteVerbInClause(tokens, i) && !['WDT', 'WP'].includes(previous!.tag)) return;
        const plural = previous!.tag === 'NNS' || previous!.tag === 'NNPS' || pluralPronouns.has(previous!.lower);
        const order = plural ? ['VBP', 'VBD'] : ['VBZ', 'VBD'];
        const tag = order.find((candidate) => can(token, candidate));
        if (tag) settle(token, tag);
      });
    },
  },
  {
    // "a vaccine that protects": "that" between a noun and a verb is a relative pronoun.
    name: 'relative-that',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (token.lower !== 'that') return;
        // "That is…", "the value of that stake": a determiner or demonstrative.
        if (i === 0 || tokens[i - 1]!.tag === 'IN') {
          token.tag = 'DT';
          return;
        }
        const next = tokens[i + 1];
        // A contraction after "that" ("that there's", "that we'll") brings its own subject: a new clause.
        if (!next || next.clitic) return;
        if (nounTags.has(tokens[i - 1]!.tag) && (finiteTags.has(next.tag) || (verbTags.has(next.candidates[0]!) && next.tag !== 'DT'))) {
          token.tag = 'WDT';
        }
      });
    },
  },
  {
    // "we appreciate", "analysts now say", "who rely": a base form right after its subject is finite:
    // present after a plural subject or a relative pronoun, past after a singular one ("It cut…", "Reuters beat…").
    name: 'finite-after-subject',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || token.settled || token.tag !== 'VB') return;
        const subjectIndex = previousNonAdverbIndex(tokens, i);
        const subject = tokens[subjectIndex];
        if (!isSubject(subject)) return;
        // "let the children go", "make them leave": after a verb the noun is an object, and the base form stays.
        if (subjectIndex > 0 && verbTags.has(tokens[subjectIndex - 1]!.tag)) return;
        const plural = subject!.tag === 'NNS' || subject!.tag === 'NNPS' || pluralPronouns.has(subject!.lower);
        if ((plural || subject!.tag === 'WDT' || subject!.tag === 'WP') && can(token, 'VBP')) settle(token, 'VBP');
        else if (!plural && can(token, 'VBD')) settle(token, 'VBD');
      });
    },
  },
  {
    // "European Union", "Federal Reserve": a capitalised adjective or noun beside a name is part of it.
    name: 'proper-noun-run',
    apply(tokens, sentence) {
      if (sentence.titleCase) return;
      tokens.forEach((token, i) => {
        if (!token.capitalized || !['JJ', 'NN', 'NNS', 'RB'].includes(token.tag)) return;
        // "Moscow-based US lawyer": a compound ending in a lower-case word is a modifier, not part of the name.
        if (/-\p{Ll}+$/u.test(token.text)) return;
        // The first word only joins a name that follows it, and only if the lexicon allows a name reading.
        const neighbours = i === 0 ? [tokens[1]] : [tokens[i - 1], tokens[i + 1]];
        if (i === 0 && !token.candidates.some((tag) => tag.startsWith('NNP'))) return;
        const beside = neighbours.some((other) => other?.capitalized && other.tag.startsWith('NNP'));
        if (beside) token.tag = token.tag === 'NNS' ? 'NNPS' : 'NNP';
      });
    },
  },
  {
    // "more hesitant", "much larger": a degree word before an adjective or adverb is an adverb.
    name: 'degree-adverb',
    apply(tokens) {
      tokens.forEach((token, i) => {
        const next = tokens[i + 1];
        if (!next || !/^(?:JJ|RB)/.test(next.tag)) return;
        if (token.lower === 'more' || token.lower === 'less') token.tag = 'RBR';
        else if (token.lower === 'most' || token.lower === 'least') token.tag = 'RBS';
        else if (token.lower === 'much' && /^(?:JJR|RBR)$/.test(next.tag)) token.tag = 'RB';
      });
    },
  },
  {
    // "half their value", "all the money".
    name: 'predeterminer',
    apply(tokens) {
      tokens.forEach((token, i) => {
        const next = tokens[i + 1];
        if (['all', 'both', 'half'].includes(token.lower) && next && ['DT', 'PRP$'].includes(next.tag)) token.tag = 'PDT';
      });
    },
  },
  {
    // "broke down over", "running out of": a particle ends the verb, it does not start a phrase.
    name: 'particle-after-verb',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || !particles.has(token.lower) || !verbTags.has(tokens[i - 1]!.tag)) return;
        const next = tokens[i + 1];
        if (!next || ['IN', 'TO'].includes(next.tag)) token.tag = 'RP';
      });
    },
  },
];

/** Names of the context rules, in run order (for the bench's per-rule measurements). */
export const contextRuleNames: readonly string[] = contextRules.map((rule) => rule.name);

/** Options for measuring the tagger; the linter never passes any. */
export interface TagOptions {
  /** Context rules to leave out. */
  skipRules?: ReadonlySet<string>;
}

/** Tags one sentence's words (nlcst WordNode texts, punctuation excluded) with Penn tags and lemmas. */
export function tagWords(words: readonly string[], options: TagOptions = {}): TaggedWord[] {
  const sentence: SentenceContext = { titleCase: isTitleCase(words) };
  const tokens = words.map((word, index) => analyse(word, index, sentence.titleCase));
  for (const rule of contextRules) if (!options.skipRules?.has(rule.name)) rule.apply(tokens, sentence);
  return tokens.map((token) => ({ tag: token.tag, lemma: token.lemma ?? lemmatize(token.text, token.tag, knows) }));
}
