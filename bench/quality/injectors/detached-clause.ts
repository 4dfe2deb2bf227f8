import { draftOf } from '../draft.js';
import type { Injector } from '../injector.js';

/** Words that open a trailing clause after a comma and cannot carry a sentence on their own. */
const OPENERS = [
  'which', 'who', 'while', 'whereas', 'although', 'though',
  'providing', 'including', 'leaving', 'making', 'giving', 'saying', 'adding', 'prompting', 'sending', 'bringing',
  'raising', 'putting', 'taking', 'forcing', 'allowing', 'causing', 'becoming', 'following', 'helping', 'meaning',
  'ending', 'citing', 'calling', 'claiming', 'arguing', 'warning', 'urging', 'describing', 'suggesting', 'accusing',
  'pushing', 'boosting', 'cutting', 'reaching', 'setting', 'beating', 'winning', 'earning', 'keeping', 'creating',
  'marking', 'offering', 'showing', 'joining', 'replacing', 'hoping', 'insisting', 'noting', 'pointing', 'leading',
  'using', 'dropping', 'rising', 'falling', 'sparking', 'fuelling', 'ensuring', 'triggering', 'costing', 'hitting',
  'losing', 'finishing', 'compared', 'based', 'backed', 'prompted', 'driven', 'known',
];
const SPLIT_POINT = new RegExp(`, (${OPENERS.join('|')}) `, 'g');
const SENTENCE = /[^.!?]+[.!?]+["”’)]?(\s+|$)/g;
/** The part left in front must still read as a sentence, so it may not open with a clause word itself. */
const WEAK_START = /^(\W*)(because|although|though|while|whereas|if|when|after|before|as|since|which|who|\w+ing|\w+ed)\b/i;
const MIN_HEAD_WORDS = 5;
const MIN_TAIL_WORDS = 3;
const MAX_TAIL_WORDS = 40;

/**
 * Splits a real sentence before its trailing clause ("X, providing Y." → "X. Providing Y."), the slip a
 * hurried edit leaves. The trailing part has no comma, colon, dash, bracket or quotation, so that it
 * cannot read as a sentence of its own ("While in Paris, he met…").
 */
export const detachedClause: Injector = {
  id: 'detached-clause',
  description: 'a sentence split before its trailing participle, relative or subordinate clause',
  rules: ['dangling-fragment'],
  inject(host, _pool, random) {
    const draft = draftOf(host);
    const candidates: Array<{ block: number; start: number; end: number; opener: string }> = [];
    draft.forEach((block, index) => {
      if (block.headline) return;
      for (const sentence of block.text.matchAll(SENTENCE)) {
        const text = sentence[0];
        if (/["“”]/.test(text) || WEAK_START.test(text)) continue;
        for (const split of text.matchAll(SPLIT_POINT)) {
          const head = text.slice(0, split.index);
          const tail = text.slice(split.index + 2);
          const tailWords = tail.trim().split(/\s+/).length;
          if (head.split(/\s+/).length < MIN_HEAD_WORDS || /[,:;()]|\s[-–—]\s/.test(tail) || !/\.\s*$/.test(tail)) continue;
          if (tailWords < MIN_TAIL_WORDS || tailWords > MAX_TAIL_WORDS) continue;
          candidates.push({ block: index, start: sentence.index + split.index, end: sentence.index + split.index + split[0].length, opener: split[1] });
        }
      }
    });
    if (candidates.length === 0) return undefined;
    const chosen = random.pick(candidates);
    const text = draft[chosen.block].text;
    const capitalised = chosen.opener[0].toUpperCase() + chosen.opener.slice(1);
    const split = `${text.slice(0, chosen.start)}. ${capitalised} ${text.slice(chosen.end)}`;
    return draft.map((block, index) => (index === chosen.block ? { text: split, defect: { injector: this.id, rule: 'dangling-fragment' } } : block));
  },
};
