import type { ConfusionCheck } from './context.js';

/** "it's event possible" for "even": a noun cannot stand between "it's" and an adjective. */
export const eventEven: ConfusionCheck = {
  pair: 'event / even',
  words: ['event'],
  check(context) {
    const predicate = /^(it's|is|was|that's|are|were)$/.test(context.lower(-1));
    return predicate && /^(JJ|RB)$/.test(context.tag(1)) && context.lower(1) !== 'of' && context.joined(-1, 1) ? { expected: 'even', why: `before “${context.lower(1)}”`, safe: false } : undefined;
  },
};
