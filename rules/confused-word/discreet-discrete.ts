import type { ConfusionCheck } from './context.js';

/** What discretion (tact) describes: "discreet inquiries". */
const TACTFUL_THINGS = new Set(['inquiries', 'enquiries', 'distance', 'word', 'manner', 'approach', 'silence', 'presence', 'glance', 'nod', 'tattoo', 'meeting', 'meetings', 'visit', 'talks', 'lobbying', 'conversation', 'conversations', 'advice', 'hints', 'signal', 'signals', 'support']);
/** What separateness describes: "discrete units". */
const SEPARATE_THINGS = new Set(['units', 'categories', 'steps', 'elements', 'components', 'variables', 'values', 'parts', 'sections', 'phases', 'entities', 'events', 'stages', 'groups', 'mathematics', 'points', 'packages', 'chunks', 'segments', 'levels', 'modules', 'intervals', 'states']);

/** "discrete inquiries" for "discreet"; "discreet units" for "discrete". */
export const discreetDiscrete: ConfusionCheck = {
  pair: 'discreet / discrete',
  words: ['discrete', 'discreet'],
  check(context) {
    const after = context.lower(1);
    if (!context.joined(0, 1)) return undefined;
    if (context.lower(0) === 'discrete' && TACTFUL_THINGS.has(after)) return { expected: 'discreet', why: `before “${after}”, meaning tactful`, safe: false };
    if (context.lower(0) === 'discreet' && SEPARATE_THINGS.has(after)) return { expected: 'discrete', why: `before “${after}”, meaning separate`, safe: false };
    return undefined;
  },
};
