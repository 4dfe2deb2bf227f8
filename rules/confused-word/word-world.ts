import type { ConfusionCheck } from './context.js';

/** "the word's largest", "in the whole word.", "Word War II" for "world". */
export const wordWorld: ConfusionCheck = {
  pair: 'word / world',
  words: ['word', "word's", 'world'],
  check(context) {
    const word = context.lower(0);
    if (word === 'world') return undefined;
    // "the word's largest cat"; "in the word's truest sense" is about a word.
    if (word === "word's" && context.lower(-1) === 'the' && context.lower(-2) !== 'in' && /^(JJS|RBS)$/.test(context.tag(1))) return { expected: "world's", why: 'before a superlative', safe: false };
    if (word !== 'word') return undefined;
    if (context.at(0)!.text === 'Word' && context.followedBy('war')) return { expected: 'world', why: 'in “World War”', safe: true };
    // "the best cake in the word.": a superlative earlier, then "in the (whole) word" closing the sentence.
    const inThe = context.precededBy('in the') || context.precededBy('in the whole') || context.precededBy('in the entire') || context.precededBy('over the');
    const superlative = context.earlier((earlier) => /^(JJS|RBS)$/.test(earlier.tag));
    return inThe && !context.at(1) && (superlative || context.precededBy('all over the')) ? { expected: 'world', why: 'after a superlative', safe: false } : undefined;
  },
};
