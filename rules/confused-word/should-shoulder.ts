import type { ConfusionCheck } from './context.js';

/** Possessives, after which "should" can only be a noun: "over his should" for "shoulder". */
const POSSESSIVES = /^(my|his|your|our|their|its|the|a|left|right)$/;

/** "looked over his should" for "shoulder"; "her should" only where the phrase then ends ("told her should she"). */
export const shouldShoulder: ConfusionCheck = {
  pair: 'should / shoulder',
  words: ['should'],
  check(context) {
    const before = context.lower(-1);
    const phraseEnds = context.endsClause(0) || /^(IN|TO|CC)$/.test(context.tag(1));
    if (!context.joined(-1, 0) || !phraseEnds || !(POSSESSIVES.test(before) || before === 'her')) return undefined;
    // "her should" before a clause is an inverted condition ("told her should anything happen"); it must end.
    if (before === 'her' && !context.endsClause(0)) return undefined;
    return { expected: 'shoulder', why: `as a noun after “${before}”`, safe: false };
  },
};
