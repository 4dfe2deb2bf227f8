import type { ConfusionCheck } from './context.js';

/** Common words typed with letters missing, which are no English words themselves. */
const CLIPPED: Readonly<Record<string, string>> = { th: 'the', fr: 'for', om: 'on' };

/**
 * "Th water is hot", "What did you do that fr?", "The test was om Thursday": a clipped "the", "for" or
 * "on". "5 th" follows a number (an ordinal split in two), "Th." and "Fr." are abbreviations (Thursday,
 * Father), "Fr" and "(Fr)" may be Father or francium, and "Om Shanti" starts a name.
 */
export const clippedWord: ConfusionCheck = {
  pair: 'th / the, fr / for, om / on',
  words: Object.keys(CLIPPED),
  check(context) {
    const word = context.word;
    if (/^\s*\./.test(context.textAfter(0)) || context.tag(-1) === 'CD' || /\d$/.test(context.lower(-1))) return undefined;
    const next = context.at(1);
    if (next && (next.text !== next.lower || !context.joined(0, 1)) && !(context.lower(0) === 'om' && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(next.lower))) {
      // Only a clipped "for" may end its phrase before punctuation ("that fr?", "fr: cats").
      if (!(context.lower(0) === 'fr' && context.endsClause(0))) return undefined;
    }
    if (!next && context.lower(0) !== 'fr') return undefined;
    // "om" before anything but a day or an article is more likely the mantra or a name.
    if (context.lower(0) === 'om' && !(next && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an|my|his|her|their|our|top|time)$/.test(next.lower))) return undefined;
    if (word.text === 'TH' || word.text === 'FR' || word.text === 'Fr' || /\(/.test(context.gapBefore(0))) return undefined;
    // "Th is the symbol for thorium", "Th usually produces": the element's symbol is a subject before its verb;
    // a clipped "the" stands before a noun phrase ("Th water is hot", "Th usually busy train").
    if (context.lower(0) === 'th') {
      let offset = 1;
      while (context.tag(offset) === 'RB') offset++;
      if (!/^(JJ|JJR|JJS|NN|NNS)$/.test(context.tag(offset)) || context.lower(offset) === 'is') return undefined;
    }
    return { expected: CLIPPED[context.lower(0)]!, why: 'with letters missing', safe: false };
  },
};
