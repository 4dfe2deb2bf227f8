import type { ConfusionCheck } from './context.js';

/** Things made of, or for, writing paper: "stationery cupboard". */
const PAPER_THINGS = new Set(['cupboard', 'cupboards', 'shop', 'shops', 'store', 'stores', 'supplies', 'supplier', 'suppliers', 'cabinet', 'order', 'orders', 'budget', 'set', 'sets', 'items']);

/** "the stationary cupboard" for "stationery"; "traffic remained stationery" for "stationary". */
export const stationaryStationery: ConfusionCheck = {
  pair: 'stationary / stationery',
  words: ['stationary', 'stationery'],
  check(context) {
    if (context.lower(0) === 'stationery') {
      // Paper is never a predicate: "remained stationery", "was stationery." mean standing still.
      const predicative = /^(is|was|were|are|be|been|remained|remains|stayed|stays|stood|sat|kept)$/.test(context.lower(-1));
      return predicative && (context.endsClause(0) || context.tag(1) === 'IN') && context.joined(-1, 0) ? { expected: 'stationary', why: `after “${context.lower(-1)}”, meaning still`, safe: false } : undefined;
    }
    if (PAPER_THINGS.has(context.lower(1)) && context.joined(0, 1)) return { expected: 'stationery', why: `before “${context.lower(1)}”`, safe: false };
    // "ordering our stationary.": after a possessive, at the clause end, only the noun fits.
    return context.tag(-1) === 'PRP$' && context.endsClause(0) && context.joined(-1, 0) ? { expected: 'stationery', why: 'as a noun', safe: false } : undefined;
  },
};
