import type { ConfusionCheck } from './context.js';

/** What "effect" as a verb properly takes: to bring about a change, not to influence. */
const EFFECTED_THINGS = new Set(['change', 'changes', 'reform', 'reforms', 'repairs', 'transition', 'transformation', 'cure', 'rescue', 'escape', 'transfer', 'entry', 'arrest', 'settlement', 'sale', 'merger', 'compromise', 'recovery', 'improvement', 'improvements', 'savings', 'cuts', 'reconciliation', 'withdrawal', 'handover', 'takeover', 'turnaround', 'breakthrough', 'release']);
const DEGREE_ADVERBS = new Set(['adversely', 'badly', 'negatively', 'positively', 'directly', 'severely', 'seriously', 'greatly', 'worst', 'most', 'deeply', 'hardest', 'heavily', 'significantly', 'disproportionately']);

/** "the affect of" for "effect"; "will effect the economy" for "affect". */
export const affectEffect: ConfusionCheck = {
  pair: 'affect / effect',
  words: ['affect', 'affects', 'effect', 'effects', 'effected'],
  check(context) {
    const word = context.lower(0);
    if (word.startsWith('affect')) {
      // The tagger reads "affect" as a noun after a determiner or adjective ("the affect", "side affects").
      const noun = (context.tag(0) === 'NN' || context.tag(0) === 'NNS') && context.joined(-1, 0) && /^(DT|PRP\$|JJ)$/.test(context.tag(-1)) && !/^(this|that|which|these|those)$/.test(context.lower(-1));
      const idiom = /^(take|takes|took|taken|taking|come|comes|came|into|in)$/.test(context.lower(-1)) && word === 'affect' && context.joined(-1, 0) && !/^(VB|DT|PRP|NN|NNS|PRP\$)$/.test(context.tag(1));
      // "side affects of": the noun; "what side affects the import" is a verb with its object.
      const side = context.lower(-1) === 'side' && context.joined(-1, 0) && (context.endsClause(0) || /^(of|on|from|for)$/.test(context.lower(1)));
      // "What affect will it have?", "no affect": before a modal or "does", "affect" is the subject of a question.
      const asked = /^(what|no|any|little|much|an)$/.test(context.lower(-1)) && word === 'affect' && context.joined(-1, 1) && /^(will|would|could|can|might|does|did|has|had|is|was)$/.test(context.lower(1));
      if (noun || idiom || side || asked) return { expected: word.replace('affect', 'effect'), why: 'as a noun', safe: false };
      return undefined;
    }
    if (word === 'effected') {
      if (DEGREE_ADVERBS.has(context.lower(-1)) && context.joined(-1, 0)) return { expected: 'affected', why: `after “${context.lower(-1)}”`, safe: false };
      return undefined;
    }
    // "will effect the economy": as a verb, "effect" means "bring about", which needs a change as its object.
    const verb = (word === 'effect' && (context.tag(-1) === 'TO' || context.tag(-1) === 'MD' || context.lower(-1) === 'not')) ||
      (word === 'effects' && /^(it|this|that|which|he|she)$/.test(context.lower(-1)) && context.tag(0) === 'VBZ');
    if (!verb || !context.joined(-1, 1)) return undefined;
    let head = 1;
    while (context.at(head) && !/^(NN|NNS|PRP|NNP|NNPS)$/.test(context.tag(head)) && head < 4) head++;
    if (EFFECTED_THINGS.has(context.lower(head)) || !/^(DT|PRP\$|PRP|NN|NNS|NNP|JJ|CD)$/.test(context.tag(1))) return undefined;
    return { expected: word.replace('effect', 'affect'), why: 'as a verb', safe: false };
  },
};
