import type { ConfusionCheck } from './context.js';

/** What one watches rather than looks at: screens, shows and games. */
const WATCHED = new Set(['tv', 'television', 'telly', 'movies', 'films', 'series', 'poker', 'football', 'cricket', 'rugby', 'tennis', 'cartoons', 'videos']);

/** "She looks TV every morning" for "watches": "look" needs "at", and a screen is watched. */
export const lookWatch: ConfusionCheck = {
  pair: 'look / watch',
  words: ['look', 'looks', 'looked', 'looking'],
  check(context) {
    if (!WATCHED.has(context.lower(1)) || !context.joined(0, 1)) return undefined;
    const expected = { look: 'watch', looks: 'watches', looked: 'watched', looking: 'watching' }[context.lower(0)]!;
    return { expected, why: `before “${context.at(1)!.text}”`, safe: false };
  },
};
