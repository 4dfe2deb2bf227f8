import type { ConfusionCheck } from './context.js';

const COMPARATIVE_WORDS = new Set(['more', 'less', 'fewer', 'rather', 'other', 'else', 'better', 'worse']);
/** Words after which "than" cannot compare: "since then", "until then", "back then". */
const TIME_ANCHORS = new Set(['since', 'until', 'till', 'by', 'back', 'from', 'just', 'only', 'even']);

/** "bigger then the" for "than"; "since than" for "since then". */
export const thenThan: ConfusionCheck = {
  pair: 'then / than',
  words: ['then', 'than'],
  check(context) {
    const before = context.lower(-1);
    if (context.lower(0) === 'then') {
      // "bigger then the rest": a comparison needs "than"; "prices were higher then" (at that time) ends the clause.
      const comparative = /^(JJR|RBR)$/.test(context.tag(-1)) || COMPARATIVE_WORDS.has(before);
      const compared = /^(DT|CD|PRP|PRP\$|NNP|NN|NNS)$/.test(context.tag(1)) || /^(expected|anticipated|forecast|planned|predicted|usual|ever|before)$/.test(context.lower(1));
      if (comparative && compared && context.joined(-1, 1)) return { expected: 'than', why: `after the comparison “${before}”`, safe: false };
      return undefined;
    }
    if (TIME_ANCHORS.has(before) && context.joined(-1, 0) && !context.earlier((word) => /^(JJR|RBR)$/.test(word.tag) || COMPARATIVE_WORDS.has(word.lower))) {
      return { expected: 'then', why: `after “${before}”`, safe: /^(since|until|till)$/.test(before) };
    }
    return undefined;
  },
};
