import type { ConfusionCheck } from './context.js';
import { BE_FORMS, HAVE_FORMS, startsNounPhrase } from './word-classes.js';

/** "has lead to", "was lead by" for "led". */
export const leadLed: ConfusionCheck = {
  pair: 'lead / led',
  words: ['lead'],
  check(context) {
    let back = -1;
    while (/^RB/.test(context.tag(back)) && context.lower(back) !== 'not') back--;
    const auxiliary = context.lower(back);
    const next = context.lower(1);
    if (!context.joined(back, 1)) return undefined;
    // "has lead to", "had lead the team": after "have" the past participle is "led" ("had lead poisoning" is a noun).
    if (HAVE_FORMS.has(auxiliary) && (next === 'to' || next === 'by' || startsNounPhrase(next, context.tag(1)))) return { expected: 'led', why: `after “${auxiliary}”`, safe: next === 'to' };
    // "was lead by": a passive; "is lead singer" is a noun.
    if (BE_FORMS.has(auxiliary) && /^(by|astray|away|to)$/.test(next) && context.lower(2) !== 'the') return { expected: 'led', why: `in a passive after “${auxiliary}”`, safe: next === 'by' };
    // "a coalition lead by": a reduced passive after a noun. "Lead by example" is an idiom, and "the hosts
    // lead by two goals" a score.
    if (/^(NN|NNS)$/.test(context.tag(-1)) && next === 'by' && context.lower(2) !== 'example' && context.tag(2) !== 'CD' && !/^(one|two|three|four|five|six|seven|eight|nine|ten|a|an)$/.test(context.lower(2))) {
      return { expected: 'led', why: 'before “by” after a noun', safe: false };
    }
    return undefined;
  },
};
