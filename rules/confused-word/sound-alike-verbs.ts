import type { ConfusionCheck } from './context.js';

/** Subject pronouns, after which a finite verb follows. */
const SUBJECTS = /^(i|we|you|they|he|she)$/;

/** "Shell we dance?", "We shell overcome", "What shell I do?" for "shall". */
export const shellShall: ConfusionCheck = {
  pair: 'shell / shall',
  words: ['shell'],
  check(context) {
    const asks = /^(we|i)$/.test(context.lower(1)) && (context.at(-1) === undefined || /^(WP|WRB)$/.test(context.tag(-1)));
    const states = SUBJECTS.test(context.lower(-1)) && context.tag(1) === 'VB' && context.joined(-1, 1);
    return (asks && context.joined(-1, 1)) || (asks && context.at(-1) === undefined) || states ? { expected: 'shall', why: asks ? `before “${context.lower(1)}” in a question` : 'between a subject and its verb', safe: false } : undefined;
  },
};

/** Words that follow "feel" but not "fall" ("feel free", "feel like"); "fall sick", "fall silent", "fall asleep" are left out. */
const FEEL_COMPLEMENTS = /^(right|good|bad|better|worse|fine|great|strange|weird|odd|like|free|safe|comfortable|sorry|guilty|happy|sad|tired|awkward|welcome)$/;

/** "It may fell right", "you should fell free" for "feel": after a modal the base verb "fell" cuts trees down, it takes no such complement. */
export const fellFeel: ConfusionCheck = {
  pair: 'fell / feel',
  words: ['fell'],
  check(context) {
    const modal = context.tag(-1) === 'MD' || (context.lower(-1) === 'not' && context.tag(-2) === 'MD');
    if (!modal || !FEEL_COMPLEMENTS.test(context.lower(1)) || !context.joined(-1, 1)) return undefined;
    return { expected: 'feel', why: `after “${context.lower(-1)}” and before “${context.lower(1)}”`, safe: false };
  },
};

/** "Cold you hear him?" for "could": a question that opens on "cold" and a subject. */
export const coldCould: ConfusionCheck = {
  pair: 'cold / could',
  words: ['cold'],
  check(context) {
    if (context.at(-1) !== undefined || !/^(you|i|we|they|he|she|it|the|her|his|their|my|your|our)$/.test(context.lower(1))) return undefined;
    const words = context.sentenceWords;
    const last = words.length - 1;
    return context.textAfter(last).includes('?') ? { expected: 'could', why: 'opening a question before its subject', safe: false } : undefined;
  },
};

/** "I whore a dress" for "wore": between a subject and an object. */
export const whoreWore: ConfusionCheck = {
  pair: 'whore / wore',
  words: ['whore'],
  check(context) {
    const subject = SUBJECTS.test(context.lower(-1)) || context.tag(-1) === 'NNP';
    const object = /^(a|an|the|his|her|my|their|our|your|that|this|it)$/.test(context.lower(1));
    return subject && object && context.joined(-1, 1) ? { expected: 'wore', why: 'between a subject and its object', safe: false } : undefined;
  },
};

/** "Deer Anne," for "Dear": a letter's greeting. */
export const deerDear: ConfusionCheck = {
  pair: 'deer / dear',
  words: ['deer'],
  check(context) {
    if (context.at(-1) !== undefined || context.word.text !== 'Deer') return undefined;
    const name = context.at(1);
    const greets = name !== undefined && /^\p{Lu}/u.test(name.text) && (/^(Mr|Mrs|Ms|Dr|Sir|Madam|Professor)\.?$/.test(name.text) || /[,:]/.test(context.textAfter(1)));
    return greets ? { expected: 'dear', why: 'opening a greeting', safe: false } : undefined;
  },
};

/** "I life in Leeds" for "live", "I thin you are right" for "think", "what you have sad" for "said". */
export const subjectVerbSoundAlike: ConfusionCheck = {
  pair: 'life / live, thin / think, sad / said',
  words: ['life', 'thin', 'sad'],
  check(context) {
    const word = context.lower(0);
    if (word === 'sad') {
      // "have sad news" is an adjective before its noun.
      const have = /^(have|has|had|'ve)$/.test(context.lower(-1)) && context.joined(-1, 0) && !/^(NN|NNS|JJ)$/.test(context.tag(1)) && context.at(-2) !== undefined;
      return have ? { expected: 'said', why: `after “${context.lower(-1)}”`, safe: false } : undefined;
    }
    if (!SUBJECTS.test(context.lower(-1)) || !context.joined(-1, 1) || context.tag(-1) !== 'PRP') return undefined;
    if (word === 'life' && /^(in|at|on|with|near|here|there|alone|together|abroad)$/.test(context.lower(1))) {
      return { expected: /^(he|she)$/.test(context.lower(-1)) ? 'lives' : 'live', why: `after the subject “${context.lower(-1)}”`, safe: false };
    }
    if (word === 'thin' && /^(you|that|he|she|it|we|they|so|about|of|i|this)$/.test(context.lower(1))) return { expected: 'think', why: `after the subject “${context.lower(-1)}”`, safe: false };
    return undefined;
  },
};
