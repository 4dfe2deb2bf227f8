import { draftOf, type DraftBlock } from '../draft.js';
import type { Injector } from '../injector.js';

const SAID = '(?:said|says|added|adds|told (?:reporters|the BBC|\\w+)|explained|insisted|warned|argued|stressed|admitted|noted)';
const SPEAKER = "(?:he|she|they|(?:the |a )?(?:[A-Z][\\w'’.-]*|[a-z]+)(?: [A-Z][\\w'’.-]*){0,4})";
/** '"Q," X said.' or '"Q," said X.': the quotation, its closing mark, and the attribution after it. */
const TRAILING = new RegExp(`(["“])([A-Z][^"“”]{15,}?)[,.]?(["”]),? (?:${SPEAKER} ${SAID}|${SAID} ${SPEAKER})\\.`, 'g');
/** 'X said: "Q."': the attribution before the quotation, up to its colon. */
const LEADING = new RegExp(`(?:^|(?<=[.!?]["”]? ))${SPEAKER} ${SAID}: (?=["“][A-Z])`, 'g');
/** Any word that might still credit a quotation: the planted defect must be beyond doubt. */
const STILL_CREDITED = /\b(sa(id|ys?)|t(old|ells?)|add(s|ed|ing)?|according to|explain\w*|insist\w*|warn\w*|argu\w*|stress\w*|admit\w*|not(ed|es|ing)|ask\w*|wr(ote|ites?|iting)|claim\w*|sp(oke|eaks?|eaking)|confirm\w*|den(y|ies|ied)|believ\w*|think\w*|thought|describ\w*|call(s|ed|ing)|accus\w*|reveal\w*|announc\w*|comment\w*|repl(y|ies|ied)|respond\w*|urg\w*|predict\w*|suggest\w*|hop(e|es|ed|ing)|fear\w*|expect\w*|vow\w*|promis\w*|recall\w*|report\w*|interview\w*|statement)\b/i;
const OPENS_WITH_QUOTE = /^["“]/;

/**
 * Strips the attribution from a real attributed quotation ('"We will win," the coach said.' becomes
 * '"We will win."'), where that leaves a quotation nobody is credited with: no other word of saying in
 * the paragraph, and no speaker carried over from a neighbour (see `creditCannotCarry`).
 */
export const strippedAttribution: Injector = {
  id: 'stripped-attribution',
  description: 'the attribution removed from a real attributed quotation',
  rules: ['unattributed-quote'],
  inject(host, _pool, random) {
    const draft = draftOf(host);
    const candidates: Array<{ block: number; text: string }> = [];
    draft.forEach((block, index) => {
      if (block.headline) return;
      for (const stripped of strippings(block.text)) {
        if (!STILL_CREDITED.test(stripped.replace(/["“][^"”]*["”]/g, '')) && creditCannotCarry(draft, index, stripped)) candidates.push({ block: index, text: stripped });
      }
    });
    if (candidates.length === 0) return undefined;
    const chosen = random.pick(candidates);
    return draft.map((block, index) => (index === chosen.block ? { text: chosen.text, defect: { injector: this.id, rule: 'unattributed-quote' } } : block));
  },
};

/** Each way of stripping one attribution from the paragraph. */
function strippings(text: string): string[] {
  const results: string[] = [];
  for (const match of text.matchAll(TRAILING)) {
    const [whole, open, words, close] = match;
    const stop = /[.!?]$/.test(words) ? '' : '.';
    results.push(text.slice(0, match.index) + `${open}${words}${stop}${close}` + text.slice(match.index + whole.length));
  }
  for (const match of text.matchAll(LEADING)) results.push(text.slice(0, match.index) + text.slice(match.index + match[0].length));
  return results;
}

/**
 * Neither neighbour passes a speaker to the stripped paragraph or takes one from it: the paragraph before
 * does not end on a colon or leave a quotation open (and, when the stripped paragraph opens with its
 * quotation, reports no speech at all), and the next one does not carry the quotation on.
 */
function creditCannotCarry(draft: readonly DraftBlock[], index: number, stripped: string): boolean {
  const previous = draft[index - 1];
  const next = draft[index + 1];
  if (previous && !previous.headline) {
    const marks = previous.text.match(/["“”]/g)?.length ?? 0;
    if (/:\s*$/.test(previous.text) || marks % 2 === 1) return false;
    if (OPENS_WITH_QUOTE.test(stripped) && (STILL_CREDITED.test(previous.text) || marks > 0)) return false;
  }
  return !next || (!OPENS_WITH_QUOTE.test(next.text) && !/^[-–—]\s*\p{Lu}/u.test(next.text));
}
