import type { ConfusionCheck, WordContext } from './context.js';

/** A fixed phrase with one word swapped for its sound-alike: the wrong phrase and the right word. */
interface SwappedPhrase {
  /** The phrase as miswritten, with the swapped word in brackets: "free [reign]". */
  written: string;
  right: string;
  safe: boolean;
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
];

interface Parsed {
  before: string[];
  slip: string;
  after: string[];
  right: string;
  safe: boolean;
  phrase: string;
}

const PARSED: readonly Parsed[] = PHRASES.map(({ written, right, safe }) => {
  const match = /^(.*?)\[(.+?)\](.*)$/.exec(written)!;
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  return { before: words(match[1]!), slip: match[2]!, after: words(match[3]!), right, safe, phrase: written.replace(/[[\]]/g, '') };
});

function matches(context: WordContext, phrase: Parsed): boolean {
  return phrase.before.every((word, i) => context.lower(i - phrase.before.length) === word) &&
    phrase.after.every((word, i) => context.lower(i + 1) === word) &&
    context.joined(-phrase.before.length, phrase.after.length);
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
