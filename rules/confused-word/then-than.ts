import type { ConfusionCheck, WordContext } from './context.js';

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
      // The comparison may sit one adjective back ("less controversial then").
      const comparative = [-1, -2].some((offset) => /^(JJR|RBR)$/.test(context.tag(offset)) || COMPARATIVE_WORDS.has(context.lower(offset))) && (/^(JJR|RBR)$/.test(context.tag(-1)) || COMPARATIVE_WORDS.has(before) || /^(JJ|NN)$/.test(context.tag(-1)));
      const compared = /^(DT|CD|PRP|PRP\$|NNP|NN|NNS)$/.test(context.tag(1)) || /^(expected|anticipated|forecast|planned|predicted|usual|ever|before)$/.test(context.lower(1));
      // "if you want it more immersive then our technology can help": a conditional's "then".
      const conditional = context.earlier((word) => word.lower === 'if');
      if (comparative && compared && !conditional && context.joined(-1, 1)) return { expected: 'than', why: `after the comparison “${before}”`, safe: false };
      // "more expensive on some systems then others": the comparison further back, with no verb between it and
      // "then" and none after "then" in its clause, where a "then" of time would need one.
      const distant = distantComparative(context);
      if (distant && compared && !conditional && context.joined(0, 1) && !verbAhead(context)) return { expected: 'than', why: `after the comparison “${distant}”`, safe: false };
      return undefined;
    }
    const compares = context.earlier((word) => /^(JJR|RBR)$/.test(word.tag) || COMPARATIVE_WORDS.has(word.lower) || /^(different|prefer|preferred)$/.test(word.lower));
    if (TIME_ANCHORS.has(before) && context.joined(-1, 0) && !compares) return { expected: 'then', why: `after “${before}”`, safe: /^(since|until|till)$/.test(before) };
    // "If we want to eat, than we need…", "and than replace them": a clause opener, not a comparison.
    const opens = (before === 'and' && context.joined(-1, 0)) || (context.at(-1) !== undefined && !context.joined(-1, 0));
    if (opens && !compares && /^(PRP|VB|VBP|DT)$/.test(context.tag(1))) return { expected: 'then', why: 'opening a clause', safe: false };
    return undefined;
  },
};

/** A comparative up to eight words back in the clause, with no verb or clause break between it and "then". */
function distantComparative(context: WordContext): string | undefined {
  for (let offset = -1; offset >= -8 && context.at(offset); offset--) {
    if (!context.joined(offset, offset + 1)) return undefined;
    const tag = context.tag(offset);
    if (/^(JJR|RBR)$/.test(tag) || /^(more|less|fewer|rather)$/.test(context.lower(offset))) return context.lower(offset);
    if (/^(VB|VBD|VBZ|VBP|VBG|VBN|MD|CC|WDT|WP|WRB)$/.test(tag)) return undefined;
  }
  return undefined;
}

/** Whether a verb follows "then" before its clause ends ("then others followed" tells what happened next). */
function verbAhead(context: WordContext): boolean {
  for (let offset = 1; context.at(offset); offset++) {
    if (/^(VB|VBD|VBZ|VBP|MD)$/.test(context.tag(offset))) return true;
    if (context.endsClause(offset)) return false;
  }
  return false;
}
