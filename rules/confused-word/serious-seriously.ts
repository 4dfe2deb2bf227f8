import type { ConfusionCheck } from './context.js';

/** Degree words that may stand between the object and the adverb ("take it very seriously"). */
const DEGREE = /^(very|so|too|overly|more|less|quite|really|deadly|entirely|enough)$/;

/** "take it serious", "was taken very serious" for "seriously": "take" is qualified by an adverb. */
export const seriousSeriously: ConfusionCheck = {
  pair: 'serious / seriously',
  words: ['serious'],
  check(context) {
    // "take serious action", "took a serious view": the adjective before its noun is right.
    if (context.at(1) && !context.endsClause(0) && /^(NN|NNS|NNP|NNPS|JJ|CD|VBG)$/.test(context.tag(1))) return undefined;
    const adverbAt = DEGREE.test(context.lower(-1)) ? -2 : -1;
    // The object between "take" and the adverb: a pronoun or a short noun phrase ("these numbers").
    for (let k = adverbAt; k >= adverbAt - 3; k--) {
      const word = context.at(k);
      if (!word) return undefined;
      if (word.lemma === 'take' && /^VB/.test(word.tag)) {
        // With no object between, only the passive reads "taken serious".
        if (k === adverbAt && word.lower !== 'taken') return undefined;
        return context.joined(k, 0) ? { expected: 'seriously', why: `qualifying “${word.lower}”`, safe: false } : undefined;
      }
      if (!/^(NN|NNS|NNP|NNPS|PRP|DT|JJ|CD|PRP\$)$/.test(word.tag)) return undefined;
    }
    return undefined;
  },
};
