import type { Rule } from '../src/engine/types.js';
import { adjacent } from './english/gaps.js';

/** `comprised-of` has no options. */
export type Options = Record<string, never>;

const COMPRISE = /^compris(e|es|ed|ing)$/;

/**
 * "comprise of" and "is comprised of": the whole comprises its parts, with no "of" ("the panel
 * comprises five judges"). "comprising of" and "comprise of" drop the "of"; "comprised of" becomes
 * "composed of" or "made up of", as news style guides (AP, BBC, Guardian) ask.
 */
export const comprisedOf: Rule<Options> = {
  meta: {
    id: 'comprised-of',
    kind: 'usage',
    description: '"comprise of" or "comprised of", where "comprise" takes no "of" ("the panel comprises five judges")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: { 'comprise-of': 'Unexpected “{{actual}}”: “comprise” takes no “of”, expected “{{expected}}”' },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        const words = sentence.words;
        for (const of of words) {
          if (of.lower !== 'of' || of.quoted) continue;
          // "comprised mostly of": one adverb may stand between.
          let k = of.index - 1;
          if (/ly$/.test(words[k]?.lower ?? '') && k > 0) k--;
          const verb = words[k];
          if (!verb || !COMPRISE.test(verb.lower)) continue;
          if (!words.slice(k + 1, of.index + 1).every((word) => adjacent(document, words[word.index - 1]!, word))) continue;
          const range = { start: verb.start, end: of.end };
          const between = document.source.slice(verb.end, of.start).trim();
          const adverb = between ? `${between} ` : '';
          const expected = verb.lower === 'comprised' ? [`composed ${adverb}of`, `made up ${adverb}of`] : [`${verb.text}${between ? ` ${between}` : ''}`];
          context.report({ messageId: 'comprise-of', data: { actual: document.textOf(range), expected: expected[0]! }, range, actual: document.textOf(range), expected, safe: verb.lower !== 'comprised' });
        }
      },
    };
  },
};
