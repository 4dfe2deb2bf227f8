import type { Rule } from '../src/engine/types.js';
import type { Sentence, Word } from '../src/model/document.js';
import { irregularDegreeBase } from '../src/model/lemma-irregulars.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { adjacent } from './english/gaps.js';

/** `double-comparison` has no options. */
export type Options = Record<string, never>;

/**
 * A comparison marked twice, "more older", "most biggest", "more worse", "the least harder", an equal
 * comparison closed by "than" ("as big than mine"), a superlative that compares two ("worst than",
 * "even nicest"), or a superlative after "a",
 * "an oldest city": an -er or -est form already compares, and a superlative picks out one thing, so it
 * takes "the". The -er and -est forms must be comparatives the lexicon knows ("more senior" and "a
 * most welcome" are fine), and "more" must be a degree word after a determiner or "be" ("encouraging
 * more older people" counts people). "an earliest date" names one of several possible dates, and "a
 * best actor nomination" an award.
 */
export const doubleComparison: Rule<Options> = {
  meta: {
    id: 'double-comparison',
    kind: 'grammar',
    description: 'A comparison marked twice ("more older", "least harder"), "as" closed by "than" ("as big than") or a superlative after "a" ("an oldest city")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: {
      doubled: 'Unexpected “{{marker}}” before “{{adjective}}”, which already compares',
      'article-superlative': 'Unexpected “{{marker}}” before the superlative “{{adjective}}”, expected “the”',
      'bare-superlative': 'Unexpected superlative “{{adjective}}” without “the” before the noun “{{noun}}”, expected “the {{adjective}}”',
      'superlative-comparing': 'Unexpected superlative “{{adjective}}” in a comparison, expected “{{expected}}”',
      'as-than': 'Unexpected “than” after “as {{adjective}}”, expected “as”',
      'more-short-adjective': 'Unexpected “more {{adjective}}”: a short adjective compares with “-er”, expected “{{expected}}”',
    },
  },
  create(context) {
    const { document } = context;
    /** "as big than mine": an equal comparison opened with "as" closes with "as". */
    function checkAsThan(sentence: Sentence, than: Word): void {
      const words = sentence.words;
      const adjective = words[than.index - 1];
      const as = words[than.index - 2];
      // "as other than work in progress": "other than" is a phrase of its own.
      if (!adjective || !as || as.lower !== 'as' || !/^(JJ|RB)$/.test(adjective.tag) || adjective.lower === 'other' || !adjacent(document, as, adjective) || !adjacent(document, adjective, than)) return;
      // "such as usual than" is no comparison: the "as" must not follow "such" or a verb of seeming ("regarded as").
      if (/^(such|same|regarded|seen|known|described)$/.test(words[as.index - 1]?.lower ?? '')) return;
      context.report({ messageId: 'as-than', data: { adjective: adjective.text }, node: than, expected: [than.text === than.lower ? 'as' : 'As'], safe: false });
    }

    /** "worst than", "even worst", "much nicest": a superlative where a comparison between two needs the comparative. */
    function checkSuperlativeComparing(sentence: Sentence, superlative: Word): void {
      const words = sentence.words;
      const [before, after] = [words[superlative.index - 1], words[superlative.index + 1]];
      if (superlative.text !== superlative.lower) return;
      const thanAfter = after?.lower === 'than' && adjacent(document, superlative, after);
      // "even the best" keeps its "the"; "even best friends" is a compound noun.
      const graded = before !== undefined && COMPARATIVE_GRADERS.has(before.lower) && adjacent(document, before, superlative) && !/^(NN|NNS)$/.test(after?.tag ?? '');
      if (!thanAfter && !graded) return;
      const comparative = comparativeOf(superlative.lower);
      if (comparative === undefined) return;
      context.report({ messageId: 'superlative-comparing', data: { adjective: superlative.text, expected: comparative }, node: superlative, expected: [comparative], safe: false });
    }

    /**
     * "The guy is funniest friend", "(biggest social network)": a superlative before a singular noun, after
     * "be" or opening a bracket, without the "the" that picks out the one. "best" and "worst" are left
     * alone: award categories ("was best actress") and set phrases ("best man", "best practice") drop it.
     */
    function checkBareSuperlative(sentence: Sentence, superlative: Word): void {
      const words = sentence.words;
      const before = words[superlative.index - 1];
      // "was best actress", "won best new comedy": award categories are named without "the".
      if (superlative.text !== superlative.lower || /^(best|worst)$/.test(superlative.lower)) return;
      const slot = before ? /^(is|was|are|were|be|been|became|becomes|become|'s)$/.test(before.lower.replace(/’/g, "'")) && adjacent(document, before, superlative) : false;
      const bracket = before !== undefined && /\(\s*$/.test(document.source.slice(before.end, superlative.start));
      if (!slot && !bracket) return;
      let k = superlative.index + 1;
      while (words[k] && words[k]!.tag === 'JJ' && words[k]!.text === words[k]!.lower && adjacent(document, words[k - 1]!, words[k]!)) k++;
      const noun = words[k];
      if (!noun || noun.tag !== 'NN' || noun.text !== noun.lower || !adjacent(document, words[k - 1]!, noun)) return;
      context.report({ messageId: 'bare-superlative', data: { adjective: superlative.text, noun: noun.text }, node: superlative, expected: [`the ${superlative.text}`], safe: false });
    }

    /**
     * "The car is more fast.", "even more smelly than before": a short adjective after "more" in a
     * predicate, ending its clause or compared with "than". "more fast food" counts food, and "more cute
     * than clever" compares two qualities, which only "more" can.
     */
    function checkMoreShortAdjective(sentence: Sentence, more: Word): void {
      const words = sentence.words;
      const [before, adjective, after] = [words[more.index - 1], words[more.index + 1], words[more.index + 2]];
      if (!before || !adjective || adjective.text !== adjective.lower || !adjacent(document, before, more) || !adjacent(document, more, adjective)) return;
      const comparative = SHORT_COMPARATIVES[adjective.lower];
      if (comparative === undefined || !PREDICATE_BEFORE_MORE.has(before.lower.replace(/’/g, "'"))) return;
      const endsClause = after === undefined || !adjacent(document, adjective, after);
      const thanThing = after?.lower === 'than' && !/^(JJ|RB)/.test(words[after.index + 1]?.tag ?? '');
      if (!endsClause && !thanThing) return;
      const range = { start: more.start, end: adjective.end };
      context.report({ messageId: 'more-short-adjective', data: { adjective: adjective.text, expected: comparative }, range, actual: document.textOf(range), expected: [comparative], safe: false });
    }

    return {
      sentence(sentence) {
        for (const word of sentence.words) if (word.lower === 'than' && !word.quoted) checkAsThan(sentence, word);
        // The tag first, a cheap test before the lexicon's.
        for (const word of sentence.words) {
          if ((word.tag !== 'JJS' && word.tag !== 'RBS') || word.quoted || !isDegree(word, 'JJS')) continue;
          checkSuperlativeComparing(sentence, word);
          checkBareSuperlative(sentence, word);
        }
        for (const more of sentence.words) if (more.lower === 'more' && !more.quoted) checkMoreShortAdjective(sentence, more);
        for (const adjective of sentence.words) {
          const marker = sentence.words[adjective.index - 1];
          // The marker first: a set lookup rules out nearly every word before the lexicon is asked.
          if (!marker || !DEGREE_MARKERS.has(marker.lower) || adjective.quoted || !adjacent(document, marker, adjective) || adjective.text !== adjective.lower) continue;
          // "more preferable", "most superior": Latin comparatives already compare, wherever they stand.
          if (/^(more|most)$/.test(marker.lower) && INHERENT_COMPARATIVES.has(adjective.lower)) {
            const range = { start: marker.start, end: adjective.end };
            context.report({ messageId: 'doubled', data: { marker: marker.text, adjective: adjective.text }, range, actual: document.textOf(range), expected: [adjective.text], safe: true });
            continue;
          }
          const comparative = isDegree(adjective, 'JJR');
          const superlative = isDegree(adjective, 'JJS');
          // "a more older city", "it's more worse": a degree word after a determiner or "be"; "encouraging more
          // older people" quantifies instead. What follows must be a noun or "than" ("When is more better?").
          const degreeSlot = /^(DT|PRP\$)$/.test(sentence.words[marker.index - 1]?.tag ?? '') || /^(is|was|are|were|be|been|it's|that's)$/.test(sentence.words[marker.index - 1]?.lower.replace(/’/g, "'") ?? '');
          const next = sentence.words[adjective.index + 1];
          const attributive = next !== undefined && (/^(NN|NNS)$/.test(next.tag) || next.lower === 'than');
          if (degreeSlot && attributive && ((marker.lower === 'more' && comparative) || (marker.lower === 'most' && (comparative || superlative)))) {
            const range = { start: marker.start, end: adjective.end };
            context.report({ messageId: 'doubled', data: { marker: marker.text, adjective: adjective.text }, range, actual: document.textOf(range), expected: [adjective.text], safe: true });
          } else if (/^(less|least)$/.test(marker.lower) && (comparative || superlative) && degreeSlot && /^[a-z]+$/.test(adjective.lemma) && adjective.lemma !== adjective.lower) {
            // "the least harder task": "less" and "least" compare downwards, so the adjective after them stays plain.
            const range = { start: marker.start, end: adjective.end };
            context.report({ messageId: 'doubled', data: { marker: marker.text, adjective: adjective.text }, range, actual: document.textOf(range), expected: [`${marker.text} ${adjective.lemma}`], safe: false });
          } else if (/^(a|an)$/.test(marker.lower) && superlative && !/^(earliest|latest|best|worst)$/.test(adjective.lower) && /^(NN|NNS)$/.test(next?.tag ?? '')) {
            context.report({ messageId: 'article-superlative', data: { marker: marker.text, adjective: adjective.text }, node: marker, expected: [marker.text === marker.lower ? 'the' : 'The'], safe: false });
          }
        }
      },
    };
  },
};

/**
 * Short adjectives that compare with "-er", with that form. Adjectives with a noun reading that "more"
 * could count ("there is more fat", "more cold") and those where "more" is common in careful prose
 * ("more clear", "more fair", "more true") are left out. Written from general English.
 */
const SHORT_COMPARATIVES: Readonly<Record<string, string>> = {
  fast: 'faster', quick: 'quicker', slow: 'slower', cheap: 'cheaper', big: 'bigger', small: 'smaller', tall: 'taller',
  large: 'larger', young: 'younger', strong: 'stronger', weak: 'weaker', deep: 'deeper', wide: 'wider', thin: 'thinner',
  thick: 'thicker', loud: 'louder', new: 'newer', nice: 'nicer', cute: 'cuter', easy: 'easier', busy: 'busier',
  funny: 'funnier', ugly: 'uglier', heavy: 'heavier', tiny: 'tinier', smelly: 'smellier', dirty: 'dirtier', noisy: 'noisier',
  lucky: 'luckier', angry: 'angrier', tasty: 'tastier', scary: 'scarier', shiny: 'shinier', sunny: 'sunnier', windy: 'windier',
};
/** Words before "more" that make it the degree of a predicate adjective: a form of "be" or a grader ("even more"). */
const PREDICATE_BEFORE_MORE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "it's", "that's", "'s", 'even', 'much', 'far', 'still', 'way', 'bit', 'lot', 'seems', 'seemed', 'looks', 'looked', 'became', 'become', 'becomes', 'got', 'gets', 'getting']);

/** Words before an adjective that this rule reads as marking its degree ("more", "least") or picking one out ("an"). */
const DEGREE_MARKERS = new Set(['more', 'most', 'less', 'least', 'a', 'an']);
/** Adjectives that are comparatives by meaning, from Latin ("preferable to", "superior to"). */
const INHERENT_COMPARATIVES = new Set(['preferable', 'superior', 'inferior']);
/** Words that grade a comparative, never a superlative ("much better", "even worse"). */
const COMPARATIVE_GRADERS = new Set(['much', 'even', 'far', 'slightly', 'still', 'lot', 'little', 'bit', 'somewhat', 'considerably', 'significantly', 'no', 'any']);
/** The comparatives of irregular superlatives; regular ones swap "-est" for "-er". */
const IRREGULAR_COMPARATIVES: Readonly<Record<string, string>> = { best: 'better', worst: 'worse', furthest: 'further', farthest: 'farther', least: 'less', most: 'more' };

/** "worst" → "worse", "nicest" → "nicer", "biggest" → "bigger", when the lexicon knows the comparative. */
function comparativeOf(superlative: string): string | undefined {
  const comparative = IRREGULAR_COMPARATIVES[superlative] ?? superlative.replace(/est$/, 'er');
  return lexicalTags(comparative).includes('JJR') || lexicalTags(comparative).includes('RBR') ? comparative : undefined;
}

/** An inflected comparative or superlative ("older", "biggest", "worse"), not "more" or "most" themselves. */
function isDegree(word: Word, tag: 'JJR' | 'JJS'): boolean {
  if (/^(more|most|less|least|further|furthest)$/.test(word.lower) || !lexicalTags(word.lower).includes(tag)) return false;
  const family = irregularDegreeBase(word.lower, 'adjective');
  return family !== undefined || (tag === 'JJR' ? /er$/ : /est$/).test(word.lower);
}
