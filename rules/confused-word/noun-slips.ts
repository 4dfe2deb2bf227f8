import type { ConfusionCheck } from './context.js';

/** "I have no tome", "This will take some tome" for "time": a quantity before it. */
export const tomeTime: ConfusionCheck = {
  pair: 'tome / time',
  words: ['tome'],
  check(context) {
    const quantity = /^(no|some|any|much|more|enough|spare|free|little|less|what|long|short|first|next|last|same|full|part|half)$/.test(context.lower(-1));
    return quantity && context.joined(-1, 0) ? { expected: 'time', why: `after “${context.lower(-1)}”`, safe: false } : undefined;
  },
};

/** "a coarse of action", "to coarse after hares", "a maths coarse." for "course": "coarse" is an adjective, which needs a noun after it. */
export const coarseCourse: ConfusionCheck = {
  pair: 'coarse / course',
  words: ['coarse'],
  check(context) {
    const before = context.tag(-1);
    const nounSlot = /^(DT|TO|NN|NNS|NNP|PRP\$)$/.test(before) && context.joined(-1, 0);
    // "a coarse, grey coat": adjectives in a row.
    const after = context.textAfter(0);
    const noNoun = !context.at(1) || /^(IN|TO|CC)$/.test(context.tag(1)) || /^[.;:!?]/.test(after.trim()) || (/^,/.test(after.trim()) && !/^JJ/.test(context.tag(1)));
    if (!nounSlot || !noNoun || /^(and|or)$/.test(context.lower(1))) return undefined;
    return { expected: 'course', why: before === 'TO' ? 'as a verb after “to”' : 'where a noun belongs', safe: false };
  },
};

/** "the opening seen of the play" for "scene": a determiner (and perhaps a modifier) before it, "of" after. */
export const seenScene: ConfusionCheck = {
  pair: 'seen / scene',
  words: ['seen'],
  check(context) {
    const determiner = /^(the|a|this|that|every|each|first|final|opening|closing)$/.test(context.lower(-1)) || (/^(the|a|this|that)$/.test(context.lower(-2)) && /^(JJ|NN|VBG)$/.test(context.tag(-1)));
    if (!determiner || context.lower(1) !== 'of' || !context.joined(-2, 1) || /^(most|least|best|rarely|often|never|last)$/.test(context.lower(-1))) return undefined;
    return { expected: 'scene', why: 'as a noun before “of”', safe: false };
  },
};

/** "the believe of the people", "religious believes" for "belief"; "He beliefs that" for "believes". */
export const believeBelief: ConfusionCheck = {
  pair: 'believe / belief',
  words: ['believe', 'believes', 'belief', 'beliefs'],
  check(context) {
    const word = context.lower(0);
    if (word.startsWith('belie') && word.includes('f')) {
      const subject = /^(i|we|you|they|he|she)$/.test(context.lower(-1)) && context.tag(-1) === 'PRP';
      if (!subject || !/^(that|in|the|it|he|she|they|we|i|this|so|you|him|her|them)$/.test(context.lower(1)) || !context.joined(-1, 1)) return undefined;
      const expected = /^(he|she)$/.test(context.lower(-1)) ? 'believes' : 'believe';
      return { expected, why: `as a verb after “${context.lower(-1)}”`, safe: false };
    }
    const opener = /^(the|a|my|his|our|their|your|its|religious|different|personal|strong|common|popular|firm|deep|core|political|cultural|traditional|false|such)$/.test(context.lower(-1));
    const ends = context.endsClause(0) || /^(IN|CC|VBZ|VBP|VBD|MD|TO)$/.test(context.tag(1));
    if (!opener || !ends || !context.joined(-1, 0) || (word === 'believe' && context.lower(-1) !== 'the' && context.lower(-1) !== 'a')) return undefined;
    return { expected: word === 'believes' ? 'beliefs' : 'belief', why: `as a noun after “${context.lower(-1)}”`, safe: false };
  },
};

/** "I am interesting in this book" for "interested": a person's interest takes "interested in". */
export const interestingInterested: ConfusionCheck = {
  pair: 'interesting / interested',
  words: ['interesting', 'interest'],
  check(context) {
    const person = /^(i'm|we're|you're|they're|he's|she's)$/.test(context.lower(-1)) || (/^(am|are|is|was|were)$/.test(context.lower(-1)) && /^(i|we|you|they|he|she)$/.test(context.lower(-2)));
    // "in that", "in person" and "in a way" say how someone is interesting.
    if (!person || context.lower(1) !== 'in' || /^(that|person|a|many|some|his|her|their|its|how)$/.test(context.lower(2)) || !context.joined(-1, 1)) return undefined;
    return { expected: 'interested', why: 'of a person’s interest, before “in”', safe: false };
  },
};

/** "a new jib", "done a great jib", "lost his jib" for "job": a job is had, done, lost and described. */
export const jibJob: ConfusionCheck = {
  pair: 'jib / job',
  words: ['jib'],
  check(context) {
    const described = /^(new|good|great|decent|proper|dream|first|bad|terrible|fantastic|brilliant|full-time|part-time|day|side)$/.test(context.lower(-1));
    const held = context.tag(-1) === 'PRP$' && /^(lost|lose|loses|losing|quit|quits|left|got|get|gets|keep|keeps|kept|love|loves|loved|hate|hates|hated|doing|do|did|done|does|start|started|found|find)$/.test(context.lower(-2));
    return (described || held) && context.joined(held ? -2 : -1, 0) ? { expected: 'job', why: `after “${context.lower(-1)}”`, safe: false } : undefined;
  },
};
