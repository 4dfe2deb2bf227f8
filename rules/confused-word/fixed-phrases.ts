import type { ConfusionCheck, WordContext } from './context.js';

/** A fixed phrase with one word swapped for its sound-alike: the wrong phrase and the right word. */
interface SwappedPhrase {
  /** The phrase as miswritten, with the swapped word in brackets: "free [reign]". */
  written: string;
  right: string;
  safe: boolean;
  /** The phrase is an ordinary one after this word ("no one could care less"). */
  unlessAfter?: RegExp;
  /** The phrase is an ordinary one before a word of this tag ("one of the only two"). */
  unlessBeforeTag?: RegExp;
}

// Eggcorns and near-homophones that news copy keeps printing; each is wrong wherever the whole phrase stands.
const PHRASES: readonly SwappedPhrase[] = [
  { written: 'free [reign]', right: 'rein', safe: true },
  { written: 'take the [reigns]', right: 'reins', safe: true },
  { written: 'took the [reigns]', right: 'reins', safe: true },
  { written: 'hand over the [reigns]', right: 'reins', safe: true },
  { written: '[baited] breath', right: 'bated', safe: true },
  { written: '[wreck] havoc', right: 'wreak', safe: true },
  { written: '[wrecked] havoc', right: 'wreaked', safe: true },
  { written: '[reek] havoc', right: 'wreak', safe: true },
  { written: '[reeked] havoc', right: 'wreaked', safe: true },
  { written: '[tow] the line', right: 'toe', safe: true },
  { written: 'sneak [peak]', right: 'peek', safe: true },
  { written: 'sneak [peaks]', right: 'peeks', safe: true },
  { written: '[peaked] my interest', right: 'piqued', safe: true },
  { written: '[peaked] his interest', right: 'piqued', safe: true },
  { written: '[peaked] her interest', right: 'piqued', safe: true },
  { written: '[peaked] their interest', right: 'piqued', safe: true },
  { written: '[peaked] the interest', right: 'piqued', safe: true },
  { written: '[bare] in mind', right: 'bear', safe: true },
  { written: '[bear] minimum', right: 'bare', safe: true },
  { written: '[mute] point', right: 'moot', safe: true },
  { written: 'deep [seeded]', right: 'seated', safe: true },
  { written: 'vocal [chords]', right: 'cords', safe: true },
  { written: '[deep-seeded]', right: 'deep-seated', safe: true },
  { written: '[shoe-in]', right: 'shoo-in', safe: true },
  { written: 'per [say]', right: 'se', safe: true },
  { written: '[statue] of limitations', right: 'statute', safe: true },
  { written: '[lightening] strike', right: 'lightning', safe: true },
  { written: '[lightening] bolt', right: 'lightning', safe: true },
  { written: 'slammed on the [breaks]', right: 'brakes', safe: true },
  { written: 'put the [breaks] on', right: 'brakes', safe: true },
  { written: 'of [coarse]', right: 'course', safe: true },
  { written: '[weather] or not', right: 'whether', safe: true },
  { written: 'for [sell]', right: 'sale', safe: false },
  { written: 'at a [lose]', right: 'loss', safe: true },
  { written: 'bus [fair]', right: 'fare', safe: true },
  { written: 'bus [fairs]', right: 'fares', safe: true },
  { written: 'rail [fairs]', right: 'fares', safe: true },
  { written: 'taxi [fair]', right: 'fare', safe: true },
  { written: 'train [fair]', right: 'fare', safe: true },
  { written: '[roll] model', right: 'role', safe: true },
  { written: '[roll] models', right: 'role', safe: true },
  { written: 'play a key [roll]', right: 'role', safe: true },
  { written: 'played a key [roll]', right: 'role', safe: true },
  { written: 'a leading [roll]', right: 'role', safe: true },
  { written: 'boost [moral]', right: 'morale', safe: false },
  { written: 'boosted [moral]', right: 'morale', safe: false },
  { written: '[flaunt] the law', right: 'flout', safe: false },
  { written: '[flaunted] the law', right: 'flouted', safe: false },
  { written: '[flaunt] the rules', right: 'flout', safe: false },
  { written: '[flaunted] the rules', right: 'flouted', safe: false },
  { written: '[flaunting] the rules', right: 'flouting', safe: false },
  { written: '[flaunting] the law', right: 'flouting', safe: false },
  { written: 'basic [tenants]', right: 'tenets', safe: false },
  { written: 'central [tenant] of', right: 'tenet', safe: false },
  { written: 'key [tenant] of', right: 'tenet', safe: false },
  { written: 'core [tenant] of', right: 'tenet', safe: false },
  { written: 'not [aloud] to', right: 'allowed', safe: true },
  { written: 'be [aloud] to', right: 'allowed', safe: true },
  { written: 'is [aloud] to', right: 'allowed', safe: true },
  { written: 'are [aloud] to', right: 'allowed', safe: true },
  { written: 'were [aloud] to', right: 'allowed', safe: true },
  { written: 'was [aloud] to', right: 'allowed', safe: true },
  { written: '[illicit] a response', right: 'elicit', safe: true },
  { written: 'to [illicit]', right: 'elicit', safe: false },
  { written: '[elicit] drugs', right: 'illicit', safe: true },
  { written: '[elicit] trade', right: 'illicit', safe: true },
  { written: 'kept [appraised] of', right: 'apprised', safe: true },
  { written: '[appraised] of the', right: 'apprised', safe: false },
  { written: 'beyond the [pail]', right: 'pale', safe: true },
  { written: 'reap what you [sew]', right: 'sow', safe: true },
  { written: 'sound [byte]', right: 'bite', safe: false },
  { written: 'sound [bytes]', right: 'bites', safe: false },
  { written: 'daily [regiment]', right: 'regimen', safe: true },
  { written: 'treasure [trough]', right: 'trove', safe: true },
  { written: '[imminent] domain', right: 'eminent', safe: true },
  { written: '[mash] potatoes', right: 'mashed', safe: true },
  { written: 'land [lover]', right: 'lubber', safe: false },
  { written: 'playoff [birth]', right: 'berth', safe: true },
  { written: 'play-off [birth]', right: 'berth', safe: true },
  { written: 'full [compliment] of', right: 'complement', safe: true },
  { written: '[faired] as well', right: 'fared', safe: true },
  { written: '[faired] badly', right: 'fared', safe: true },
  { written: '[faired] better', right: 'fared', safe: true },
  { written: '[faired] worse', right: 'fared', safe: true },
  { written: 'and so [fourth]', right: 'forth', safe: true },
  { written: 'back and [fourth]', right: 'forth', safe: true },
  { written: '[forth] place', right: 'fourth', safe: true },
  { written: 'most [populace]', right: 'populous', safe: true },
  { written: 'construction [sight]', right: 'site', safe: true },
  { written: '[waived] off', right: 'waved', safe: false },
  { written: 'de [juro]', right: 'jure', safe: true },
  { written: 'took over the [reigns]', right: 'reins', safe: true },
  { written: 'held the [reigns]', right: 'reins', safe: true },
  { written: '[piece] of mind', right: 'peace', safe: true },
  { written: 'for all [intensive] purposes', right: 'intents', safe: true },
  { written: 'nip it in the [butt]', right: 'bud', safe: true },
  { written: 'hunger [pains]', right: 'pangs', safe: true },
  { written: '[wet] your appetite', right: 'whet', safe: true },
  { written: '[wet] the appetite', right: 'whet', safe: true },
  { written: '[peddle] to the metal', right: 'pedal', safe: true },
  { written: '[slight] of hand', right: 'sleight', safe: true },
  { written: '[slights] of hand', right: 'sleights', safe: true },
  { written: '[vintage] point', right: 'vantage', safe: true },
  { written: '[whim] and a prayer', right: 'wing', safe: true },
  { written: 'goes hand [and] hand', right: 'in', safe: true },
  { written: 'go hand [and] hand', right: 'in', safe: true },
  { written: 'grasping [for] straws', right: 'at', safe: true },
  { written: 'death [nail]', right: 'knell', safe: true },
  { written: '[spare] of the moment', right: 'spur', safe: true },
  { written: 'if [worst] comes to worst', right: 'worse', safe: true },
  { written: '[on] the same token', right: 'by', safe: true },
  { written: '[begs] belief', right: 'beggars', safe: true },
  { written: '[trite] and true', right: 'tried', safe: true },
  { written: '[hew] and cry', right: 'hue', safe: true },
  { written: 'on the [oft] chance', right: 'off', safe: true },
  { written: '[ring] its neck', right: 'wring', safe: true },
  { written: '[ring] his neck', right: 'wring', safe: true },
  { written: '[ring] her neck', right: 'wring', safe: true },
  { written: '[souse] chef', right: 'sous', safe: true },
  { written: '[gardener] snake', right: 'garter', safe: true },
  { written: '[grill] cheese', right: 'grilled', safe: true },
  { written: '[bob] wire', right: 'barbed', safe: true },
  { written: '[bye] the way', right: 'by', safe: true },
  { written: 'error [massage]', right: 'message', safe: true },
  { written: 'climate [chance]', right: 'change', safe: true },
  { written: '[formally] known as', right: 'formerly', safe: false },
  { written: '[do] to the fact that', right: 'due', safe: true },
  { written: 'aircraft [hangers]', right: 'hangars', safe: true },
  { written: 'airplane [hangers]', right: 'hangars', safe: true },
  { written: '[minuets] walking', right: 'minutes', safe: true },
  { written: '[minuet] walking', right: 'minute', safe: true },
  { written: '[ascetic] acid', right: 'acetic', safe: true },
  { written: '[dependant] on', right: 'dependent', safe: false },
  { written: '[pubic] affairs', right: 'public', safe: true },
  { written: '[pubic] relations', right: 'public', safe: true },
  { written: '[corral] reef', right: 'coral', safe: true },
  { written: '[corral] reefs', right: 'coral', safe: true },
  { written: '[marital] arts', right: 'martial', safe: true },
  { written: '[marital] artist', right: 'martial', safe: true },
  { written: '[marital] law', right: 'martial', safe: true },
  { written: 'a [sate] of', right: 'state', safe: true },
  { written: 'on [behave] of', right: 'behalf', safe: true },
  { written: 'to what [extend]', right: 'extent', safe: true },
  { written: 'to the [extend]', right: 'extent', safe: true },
  { written: 'to a great [extend]', right: 'extent', safe: true },
  { written: 'to a large [extend]', right: 'extent', safe: true },
  { written: 'to some [extend]', right: 'extent', safe: true },
  { written: 'the fullest [extend]', right: 'extent', safe: true },
  { written: 'in any [from]', right: 'form', safe: true },
  { written: '[tank] you', right: 'thank', safe: false },
  { written: '[allot] of', right: 'a lot', safe: false },
  { written: '[sparking] wine', right: 'sparkling', safe: true },
  { written: 'the [throws] of', right: 'throes', safe: false },
  { written: 'thank you [vary] much', right: 'very', safe: true },
  { written: 'i [wander] if', right: 'wonder', safe: true },
  { written: 'take [case] of', right: 'care', safe: false },
  { written: 'ease [off] use', right: 'of', safe: true },
  { written: 'not [ad] all', right: 'at', safe: true },
  { written: 'it [seams]', right: 'seems', safe: false },
  { written: '[complemented] on her', right: 'complimented', safe: false },
  { written: '[complemented] on his', right: 'complimented', safe: false },
  { written: 'case [and] point', right: 'in', safe: true },
  // Eggcorns written as one word or hyphenated: the whole word is the slip.
  { written: '[tenderhooks]', right: 'tenterhooks', safe: true },
  { written: '[tattle-tail]', right: 'tattletale', safe: true },
  { written: '[tattle-tails]', right: 'tattletales', safe: true },
  { written: '[tattletail]', right: 'tattletale', safe: true },
  { written: '[hair-brained]', right: 'harebrained', safe: true },
  { written: '[nerve-wrecking]', right: 'nerve-racking', safe: true },
  { written: '[heart-rendering]', right: 'heart-rending', safe: true },
  { written: '[back-peddle]', right: 'backpedal', safe: true },
  { written: '[back-peddled]', right: 'backpedalled', safe: true },
  { written: '[back-peddling]', right: 'backpedalling', safe: true },
  { written: '[backpeddle]', right: 'backpedal', safe: true },
  { written: '[backpeddling]', right: 'backpedalling', safe: true },
  { written: '[tongue-and-cheek]', right: 'tongue-in-cheek', safe: true },
  { written: '[ex-patriot]', right: 'expatriate', safe: false },
  { written: '[ex-patriots]', right: 'expatriates', safe: false },
  { written: '[lip-sink]', right: 'lip-sync', safe: true },
  { written: '[lip-sinking]', right: 'lip-syncing', safe: true },
  { written: '[chalk-full]', right: 'chock-full', safe: true },
  { written: '[self-depreciating]', right: 'self-deprecating', safe: true },
  { written: '[worse-case]', right: 'worst-case', safe: true },
  { written: '[pre-madonna]', right: 'prima donna', safe: true },
  { written: '[cut-and-dry]', right: 'cut-and-dried', safe: true },
  { written: '[slight-of-hand]', right: 'sleight-of-hand', safe: true },
  { written: '[by-in-large]', right: 'by and large', safe: true },
  { written: '[supposably]', right: 'supposedly', safe: false },
  { written: '[irregardless]', right: 'regardless', safe: false },
  { written: '[unphased]', right: 'unfazed', safe: true },
  { written: '[escapegoat]', right: 'scapegoat', safe: true },
  { written: '[heydey]', right: 'heyday', safe: true },
  { written: '[shoe-ins]', right: 'shoo-ins', safe: true },
  { written: '[wreckless]', right: 'reckless', safe: true },
  { written: '[soft-peddle]', right: 'soft-pedal', safe: true },
  { written: '[on-going]', right: 'ongoing', safe: true },
  { written: '[mother-in-low]', right: 'mother-in-law', safe: true },
  { written: '[brother-in-laws]', right: 'brothers-in-law', safe: true },
  { written: '[brothers-in-laws]', right: 'brothers-in-law', safe: true },
  { written: '[sister-in-laws]', right: 'sisters-in-law', safe: true },
  { written: '[sisters-in-laws]', right: 'sisters-in-law', safe: true },
  { written: '[mother-in-laws]', right: 'mothers-in-law', safe: true },
  { written: '[father-in-laws]', right: 'fathers-in-law', safe: true },
  { written: '[son-in-laws]', right: 'sons-in-law', safe: true },
  { written: '[daughter-in-laws]', right: 'daughters-in-law', safe: true },
  { written: '[could] give a damn', right: "couldn't", safe: false, unlessAfter: /^(one|nobody|never|hardly|scarcely)$/ },
  { written: '[could] care less', right: "couldn't", safe: false, unlessAfter: /^(one|nobody|never|hardly|scarcely)$/ },
  { written: 'one of the [only]', right: 'few', safe: false, unlessBeforeTag: /^(CD|JJS?)$/ },
];

interface Parsed {
  before: string[];
  slip: string;
  after: string[];
  right: string;
  safe: boolean;
  phrase: string;
  unlessAfter?: RegExp;
  unlessBeforeTag?: RegExp;
}

const PARSED: readonly Parsed[] = PHRASES.map(({ written, right, safe, unlessAfter, unlessBeforeTag }) => {
  const match = /^(.*?)\[(.+?)\](.*)$/.exec(written)!;
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  return { before: words(match[1]!), slip: match[2]!, after: words(match[3]!), right, safe, phrase: written.replace(/[[\]]/g, ''), unlessAfter, unlessBeforeTag };
});

function matches(context: WordContext, phrase: Parsed): boolean {
  return phrase.before.every((word, i) => context.lower(i - phrase.before.length) === word) &&
    phrase.after.every((word, i) => context.lower(i + 1) === word) &&
    context.joined(-phrase.before.length, phrase.after.length) &&
    !phrase.unlessAfter?.test(context.lower(-phrase.before.length - 1)) &&
    !phrase.unlessBeforeTag?.test(context.tag(phrase.after.length + 1));
}

/** Fixed phrases with a sound-alike swapped in: "free reign", "baited breath", "tow the line", "bare in mind". */
export const fixedPhrases: ConfusionCheck = {
  pair: 'swapped words in fixed phrases',
  words: [...new Set(PARSED.map((phrase) => phrase.slip))],
  check(context) {
    // A capital inside the sentence marks a name ("Free Reign Entertainment").
    if (context.word.index > 0 && context.word.text !== context.word.lower) return undefined;
    const phrase = PARSED.find((candidate) => candidate.slip === context.lower(0) && matches(context, candidate));
    return phrase && { expected: phrase.right, why: `in “${phrase.phrase.replace(phrase.slip, phrase.right)}”`, safe: phrase.safe };
  },
};
