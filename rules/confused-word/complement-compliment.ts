import type { ConfusionCheck } from './context.js';

/** Nouns that "complimentary" (free of charge) goes with. */
const FREE_THINGS = new Set(['tickets', 'ticket', 'drinks', 'drink', 'breakfast', 'copies', 'copy', 'meal', 'meals', 'champagne', 'wine', 'food', 'upgrade', 'upgrades', 'access', 'parking', 'passes', 'pass', 'wifi', 'shuttle', 'snacks']);
/** Nouns that "complementary" (completing each other) goes with. */
const FITTING_THINGS = new Set(['medicine', 'medicines', 'therapy', 'therapies', 'treatment', 'treatments', 'skills', 'colours', 'colors', 'strengths', 'roles', 'approaches', 'approach', 'products', 'services', 'assets', 'businesses', 'angles']);

/** "paid a complement" for "compliment"; "complimentary medicine" for "complementary". */
export const complementCompliment: ConfusionCheck = {
  pair: 'complement / compliment',
  words: ['complement', 'complements', 'complimentary', 'complementary'],
  check(context) {
    const word = context.lower(0);
    if (word === 'complimentary') {
      return context.joined(0, 1) && FITTING_THINGS.has(context.lower(1)) ? { expected: 'complementary', why: `before “${context.lower(1)}”`, safe: false } : undefined;
    }
    if (word === 'complementary') {
      return context.joined(0, 1) && FREE_THINGS.has(context.lower(1)) ? { expected: 'complimentary', why: `before “${context.lower(1)}”, meaning free`, safe: false } : undefined;
    }
    // "paid her a complement", "a backhanded complement": praise is a compliment.
    let back = -1;
    while (/^(a|the|her|him|his|them|their|my|our|your|me|us|high|great|huge|nice|big|real|rare)$/.test(context.lower(back)) && back > -4) back--;
    if (/^(pay|pays|paid|paying|return|returned|backhanded|left-handed)$/.test(context.lower(back)) && context.joined(back, 0)) {
      return { expected: word.replace('complement', 'compliment'), why: 'as praise', safe: false };
    }
    return undefined;
  },
};
