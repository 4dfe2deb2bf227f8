import type { Rule } from '../src/engine/types.js';
import type { Word } from '../src/model/document.js';
import { adjacent } from './english/gaps.js';
import { shiftedSpace } from './split-compound/shifted-space.js';
import { splitAdverb } from './split-compound/split-adverb.js';

/** `split-compound` has no options. */
export type Options = Record<string, never>;

/** A closed compound written as two words, and when the split form is wrong. */
interface SplitCompound {
  joined: string;
  /** The split form is also an ordinary phrase unless the next word passes this test ("stand alone" in "they stand alone"). */
  when?: (next: Word | undefined) => boolean;
  /** The split form is also an ordinary phrase unless the word before matches ("worked over time", not "changed over time"). */
  after?: RegExp;
}

const beforeNoun = (next: Word | undefined) => next !== undefined && /^(NN|NNS)$/.test(next.tag);
const beforeVerb = (next: Word | undefined) => next !== undefined && /^(VBZ|VBD|VBP|MD)$/.test(next.tag);

// Compounds that are one word (or hyphenated) in every dictionary news copy follows, and whose split
// form is not an ordinary phrase ("any one of", "past time we acted" and "short cut" stay out).
const COMPOUNDS: Readonly<Record<string, SplitCompound>> = {
  'on going': { joined: 'ongoing', when: beforeNoun },
  'web site': { joined: 'website' },
  'web sites': { joined: 'websites' },
  'head quarters': { joined: 'headquarters' },
  'near by': { joined: 'nearby' },
  'over seas': { joined: 'overseas' },
  'note worthy': { joined: 'noteworthy' },
  'nation wide': { joined: 'nationwide' },
  'side kick': { joined: 'sidekick' },
  'stale mate': { joined: 'stalemate' },
  'way side': { joined: 'wayside' },
  'be cause': { joined: 'because' },
  'be ware': { joined: 'beware' },
  'free lance': { joined: 'freelance' },
  'free lancer': { joined: 'freelancer' },
  'free lancers': { joined: 'freelancers' },
  'free lances': { joined: 'freelances' },
  'head scarf': { joined: 'headscarf' },
  'head scarves': { joined: 'headscarves' },
  'crowd sourcing': { joined: 'crowdsourcing' },
  'meta data': { joined: 'metadata' },
  'out come': { joined: 'outcome' },
  'out comes': { joined: 'outcomes' },
  'over looked': { joined: 'overlooked' },
  'over rated': { joined: 'overrated' },
  'out grow': { joined: 'outgrow' },
  'figure head': { joined: 'figurehead' },
  'flag ship': { joined: 'flagship' },
  'head stone': { joined: 'headstone' },
  'mean time': { joined: 'meantime', when: (next) => next === undefined || next.tag !== 'NNP' },
  'some what': { joined: 'somewhat', when: (next) => next !== undefined && /^(JJ|RB|VBN)$/.test(next.tag) },
  'other wise': { joined: 'otherwise' },
  'eye lids': { joined: 'eyelids' },
  'eye lid': { joined: 'eyelid' },
  'key note': { joined: 'keynote' },
  'life time': { joined: 'lifetime' },
  'sky diving': { joined: 'skydiving' },
  'light weight': { joined: 'lightweight' },
  'stand alone': { joined: 'stand-alone', when: beforeNoun },
  'all ways': { joined: 'always', when: beforeVerb },
  'any one': { joined: 'anyone', when: beforeVerb },
  'there fore': { joined: 'therefore' },
  'never the less': { joined: 'nevertheless' },
  'law suit': { joined: 'lawsuit' },
  'law suits': { joined: 'lawsuits' },
  'over time': { joined: 'overtime', after: /^(work|works|worked|of|paid|unpaid)$/ },
};

/** The first word of every listed compound: most words start none, and skipping them keeps the rule cheap. */
const FIRST_WORDS = new Set(Object.keys(COMPOUNDS).map((key) => key.split(' ')[0]!));

/**
 * A closed compound written as two words: "on going investigation", "the web site", "head quarters",
 * "near by". Words that are an ordinary phrase in some contexts count only there: "stand alone" before
 * a noun, "any one" and "all ways" before a verb ("any one of them" and "in all ways" are fine).
 * "Greenwich Mean Time" and other names are left alone.
 */
export const splitCompound: Rule<Options> = {
  meta: {
    id: 'split-compound',
    kind: 'usage',
    description: 'A closed compound written as two words ("on going", "web site", "head quarters")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: {
      split: 'Unexpected “{{actual}}” written apart, expected “{{expected}}”',
      shifted: 'Unexpected “{{actual}}” with the space one letter off, expected “{{expected}}”',
    },
  },
  create(context) {
    const { document } = context;
    /** The split adverbs and slipped spaces the lexicon finds at word `i` and the next; whether one was reported. */
    const reportLexical = (words: readonly Word[], i: number): boolean => {
      const first = words[i]!;
      const second = words[i + 1]!;
      const adverb = splitAdverb(words[i - 1], first, second, words[i + 2]);
      const expected = adverb ?? shiftedSpace(words[i - 1], first, second);
      if (expected === undefined || first.quoted || !adjacent(document, first, second) || !/^\p{Ll}+$/u.test(first.text + second.text)) return false;
      const range = { start: first.start, end: second.end };
      const actual = document.textOf(range);
      context.report({ messageId: adverb ? 'split' : 'shifted', data: { actual, expected }, range, actual, expected: [expected], safe: adverb === undefined });
      return true;
    };
    return {
      sentence(sentence) {
        const words = sentence.words;
        for (let i = 0; i + 1 < words.length; i++) {
          if (reportLexical(words, i)) {
            i++;
            continue;
          }
          if (!FIRST_WORDS.has(words[i]!.lower)) continue;
          const three = words[i + 2] && adjacent(document, words[i + 1]!, words[i + 2]!) ? `${words[i]!.lower} ${words[i + 1]!.lower} ${words[i + 2]!.lower}` : '';
          const length = Object.hasOwn(COMPOUNDS, three) ? 3 : 2;
          const key = length === 3 ? three : `${words[i]!.lower} ${words[i + 1]!.lower}`;
          if (!Object.hasOwn(COMPOUNDS, key) || !adjacent(document, words[i]!, words[i + 1]!)) continue;
          const parts = words.slice(i, i + length);
          // "Mean Time", "Free Lance Ltd": a capital inside the phrase makes it a name.
          if (parts.slice(1).some((word) => word.text !== word.lower) || parts.some((word) => word.quoted)) continue;
          const compound = COMPOUNDS[key]!;
          if (compound.when && !compound.when(words[i + length])) continue;
          if (compound.after && !compound.after.test(words[i - 1]?.lower ?? '')) continue;
          // "insistent on going tonight": "on going" is a compound only inside a noun phrase ("an on going", "the usual on going").
          const determined = (at: number) => /^(DT|PRP\$)$/.test(words[at]?.tag ?? '');
          if (key === 'on going' && i > 0 && !determined(i - 1) && !(words[i - 1]!.tag === 'JJ' && determined(i - 2))) continue;
          const range = { start: parts[0]!.start, end: parts[length - 1]!.end };
          const actual = document.textOf(range);
          const expected = /^\p{Lu}/u.test(actual) ? compound.joined.charAt(0).toUpperCase() + compound.joined.slice(1) : compound.joined;
          context.report({ messageId: 'split', data: { actual, expected }, range, actual, expected: [expected], safe: compound.when === undefined && compound.after === undefined });
          i += length - 1;
        }
      },
    };
  },
};
