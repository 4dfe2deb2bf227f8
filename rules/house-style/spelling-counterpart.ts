import { lexiconTags } from '../../src/model/tagger-lexicon.js';
import {
  ACCEPTED_IN_AMERICAN,
  ALWAYS_ISE_STEMS,
  ALWAYS_OR_WORDS,
  ALWAYS_OUR_BASES,
  AMERICAN_TO_BRITISH,
  BRITISH_TO_AMERICAN,
  NOT_RE_PAIRS,
  SHARED_AMERICAN_FORMS,
  SHARED_BRITISH_FORMS,
  STRESSED_L_BASES,
} from './spelling-pairs.js';

/** A national spelling convention. */
export type Variety = 'british' | 'american';

/** What a word's spelling says: the variety it marks and how the other variety spells it. */
export interface SpellingVariant {
  variety: Variety;
  counterpart: string;
  /** A British spelling American dictionaries accept too ("grey", "cancelled", "theatre"). */
  acceptedInAmerican: boolean;
}

/** A spelling difference that follows a suffix: both spellings built from one stem and ending. */
interface SuffixRule {
  british: RegExp;
  american: RegExp;
  /** The American ending a British match stands for, where they differ ("centre": `e` → ``). */
  americanEnding?(britishEnding: string): string;
  pair(stem: string, ending: string): { british: string; american: string };
  /** Whether the two spellings really are one word in two varieties. */
  holds(stem: string, ending: string): boolean;
}

function listed(word: string): boolean {
  return lexiconTags(word) !== undefined;
}

/** A stem that -ize is freely added to ("denuclear", "weapon", "priorit"), for words too new for the lexicon. */
function takesIze(stem: string): boolean {
  return stem.length >= 5 && /(?:al|ar|an|ic|on|en|er|in|it|iv|ur|ul|at|et)$/.test(stem);
}

function alwaysIse(stem: string): boolean {
  if (ALWAYS_ISE_STEMS.has(stem)) return true;
  for (const exception of ALWAYS_ISE_STEMS) if (exception.length >= 4 && stem.endsWith(exception)) return true;
  return false;
}

function alwaysOur(base: string): boolean {
  return ALWAYS_OUR_BASES.some((exception) => base === exception || (exception.length >= 4 && base.endsWith(exception)));
}

const ISE_ENDINGS = '(e|ed|es|ing|ation|ations|er|ers|able|ably)';
const OUR_ENDINGS = '(|s|ed|ing|ful|fully|ite|ites|itism|able|ably|er|ers|less|ist|ists|hood|hoods|ly)';
const LL_ENDINGS = '(ed|ing|er|ers|or|ors|ous|ously)';

const SUFFIX_RULES: readonly SuffixRule[] = [
  {
    // realise/realize, organisation/organization; "-size" words and "advertise" are the same everywhere.
    british: new RegExp(`^(.+)is${ISE_ENDINGS}$`),
    american: new RegExp(`^(.+)iz${ISE_ENDINGS}$`),
    pair: (stem, ending) => ({ british: `${stem}is${ending}`, american: `${stem}iz${ending}` }),
    holds: (stem, ending) => stem.length >= 3 && !stem.endsWith('s') && !alwaysIse(stem) && (listed(`${stem}iz${ending}`) || listed(`${stem}ize`) || takesIze(stem)),
  },
  {
    // "analyses" is also the plural of "analysis", so only the American -yzes counts.
    british: /^(.+)ys(e|ed|ing|er|ers)$/,
    american: /^(.+)yz(e|ed|es|ing|er|ers)$/,
    pair: (stem, ending) => ({ british: `${stem}ys${ending}`, american: `${stem}yz${ending}` }),
    holds: (stem) => listed(`${stem}yze`),
  },
  {
    british: new RegExp(`^(.+)our${OUR_ENDINGS}$`),
    american: new RegExp(`^(.+)or${OUR_ENDINGS}$`),
    pair: (stem, ending) => ({ british: `${stem}our${ending}`, american: `${stem}or${ending}` }),
    holds: (stem) => stem.length >= 2 && !alwaysOur(`${stem}our`) && !ALWAYS_OR_WORDS.has(`${stem}or`) && listed(`${stem}our`) && listed(`${stem}or`),
  },
  {
    // centre/center, centred/centered, centring/centering, fibre/fiber, sombre/somber, meagre/meager.
    british: /^(.+[tbg])r(e|es|ed|ing)$/,
    american: /^(.+[tbg])er(|s|ed|ing)$/,
    americanEnding: (ending) => (ending === 'e' ? '' : ending === 'es' ? 's' : ending),
    pair: (stem, ending) => ({ british: `${stem}r${ending === '' ? 'e' : ending === 's' ? 'es' : ending}`, american: `${stem}er${ending}` }),
    holds: (stem) => stem.length >= 3 && !NOT_RE_PAIRS.has(`${stem}re`) && listed(`${stem}re`) && listed(`${stem}er`),
  },
  {
    british: /^(.+)ogue(s?)$/,
    american: /^(.+)og(s?)$/,
    pair: (stem, ending) => ({ british: `${stem}ogue${ending}`, american: `${stem}og${ending}` }),
    holds: (stem) => listed(`${stem}ogue`) && listed(`${stem}og`),
  },
  {
    // travelled/traveled, counsellor/counselor: British doubles the l after an unstressed vowel.
    british: new RegExp(`^(.+[aeiou])ll${LL_ENDINGS}$`),
    american: new RegExp(`^(.+[aeiou])l${LL_ENDINGS}$`),
    pair: (stem, ending) => ({ british: `${stem}ll${ending}`, american: `${stem}l${ending}` }),
    holds: (stem, ending) => stem.length >= 3 && !STRESSED_L_BASES.has(`${stem}l`) && listed(`${stem}ll${ending}`) && listed(`${stem}l${ending}`),
  },
];

/** The pair a suffix rule finds for a word written in `variety`, or undefined. */
function suffixPair(lower: string, variety: Variety): { british: string; american: string } | undefined {
  for (const rule of SUFFIX_RULES) {
    const match = (variety === 'british' ? rule.british : rule.american).exec(lower);
    if (!match) continue;
    const [, stem, written] = match;
    const ending = variety === 'british' && rule.americanEnding ? rule.americanEnding(written) : written;
    const pair = rule.pair(stem, ending);
    if (pair[variety] === lower && rule.holds(stem, ending)) return pair;
  }
  return undefined;
}

// Words recur across stories; each is worked out once per process.
const known = new Map<string, SpellingVariant | undefined>();

/** The variety a lower-case word's spelling marks and its other spelling; undefined when it marks neither. */
export function spellingVariant(lower: string): SpellingVariant | undefined {
  if (!known.has(lower)) known.set(lower, variantOf(lower));
  return known.get(lower);
}

function variantOf(lower: string): SpellingVariant | undefined {
  if (SHARED_BRITISH_FORMS.has(lower) || SHARED_AMERICAN_FORMS.has(lower)) return undefined;
  const american = BRITISH_TO_AMERICAN.get(lower) ?? suffixPair(lower, 'british')?.american;
  if (american !== undefined) return { variety: 'british', counterpart: american, acceptedInAmerican: ACCEPTED_IN_AMERICAN.has(lower) };
  const british = AMERICAN_TO_BRITISH.get(lower) ?? suffixPair(lower, 'american')?.british;
  return british === undefined ? undefined : { variety: 'american', counterpart: british, acceptedInAmerican: false };
}
