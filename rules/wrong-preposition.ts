import type { Rule, RuleContext } from '../src/engine/types.js';
import type { NewsDocument, Word } from '../src/model/document.js';
import { adjacent } from './english/gaps.js';
import { presentParticiple } from './english/verb-inflection.js';
import { phraseAt } from './wrong-preposition/fixed-phrase.js';
import { goodAt } from './wrong-preposition/good-at.js';
import { missingAdjectivePreposition } from './wrong-preposition/adjective-object.js';
import { misgovernment, misgovernmentAcrossObject, missingPreposition } from './wrong-preposition/governed-preposition.js';

/** `wrong-preposition` has no options. */
export type Options = Record<string, never>;

/**
 * A word followed by a preposition it does not govern, or a fixed phrase with the wrong word: "afraid
 * from" (of), "participate to" (in), "arrive to" (at), "went to a trip" (on), "discuss about" (drop it),
 * "listen music" (listen to), "good in swimming" (at), "between three to five" (and), "in Monday" (on).
 * Heads come from a table of words and the preposition they govern (rules/english/governed-prepositions.ts),
 * matched by lemma; pairings right in some senses carry guards ("married with children", "covered by
 * insurance", "arrived to cheers"), and a time or number after the preposition starts another phrase.
 * Nouns of place with a set preposition ("in a small island", "on a meeting"), street addresses, dates
 * and set phrases come from rules/english/preposition-collocations.ts.
 */
export const wrongPreposition: Rule<Options> = {
  meta: {
    id: 'wrong-preposition',
    kind: 'usage',
    description: 'A word followed by a preposition it does not take ("afraid from", "good in swimming")',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: {
      'wrong-preposition': 'Unexpected “{{actual}}”, expected “{{expected}}”',
      'needless-preposition': '“{{verb}}” takes a direct object: unexpected “{{preposition}}”',
      'missing-preposition': 'Unexpected “{{actual}}”: “{{verb}}” takes “{{preposition}}” before its object',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        let covered = -1;
        for (const word of sentence.words) {
          if (word.quoted || word.index <= covered) continue;
          const next = sentence.words[word.index + 1];
          if (!next || !adjacent(document, word, next)) continue;
          const phrase = phraseAt(sentence, word.index, document);
          if (phrase) {
            covered = word.index + phrase.length - 1;
            report(context, document, word, sentence.words[covered]!, [phrase.right]);
            continue;
          }
          const wrong = misgovernment(sentence, word, next, document);
          if (wrong?.direct) {
            const range = { start: word.start, end: next.end };
            context.report({ messageId: 'needless-preposition', data: { verb: word.text, preposition: next.text }, range, actual: document.textOf(range), expected: [word.text] });
            covered = next.index;
            continue;
          }
          if (wrong?.verb) {
            // "succeeded to pass" → "succeeded in passing": the verb after the preposition changes too.
            const ing = presentParticiple(wrong.verb.lower);
            report(context, document, word, wrong.verb, wrong.right.map((right) => `${word.text} ${right} ${ing}`));
            covered = wrong.verb.index;
            continue;
          }
          if (wrong) {
            report(context, document, word, next, wrong.right.map((right) => (right === '' ? word.text : `${word.text} ${right}`)));
            covered = next.index;
            continue;
          }
          const across = misgovernmentAcrossObject(sentence, word, document);
          if (across) {
            const between = document.source.slice(word.end, across.preposition.start);
            report(context, document, word, across.preposition, across.wrong.right.map((right) => `${word.text}${between}${right}`.trimEnd()));
            covered = across.preposition.index;
            continue;
          }
          const skill = goodAt(sentence, word, next, document);
          if (skill) {
            report(context, document, word, next, [`${word.text} ${skill}`]);
            continue;
          }
          const missing = missingPreposition(sentence, word, next) ?? missingAdjectivePreposition(sentence, word, next);
          if (missing) {
            const range = { start: word.start, end: next.end };
            const actual = document.textOf(range);
            context.report({ messageId: 'missing-preposition', data: { actual, verb: word.text, preposition: missing }, range, actual, expected: [`${word.text} ${missing} ${next.text}`] });
          }
        }
      },
    };
  },
};

function report(context: RuleContext, document: NewsDocument, first: Word, last: Word, expected: readonly string[]): void {
  const range = { start: first.start, end: last.end };
  const actual = document.textOf(range);
  const upper = actual[0] === actual[0]!.toUpperCase();
  const cased = expected.map((phrase) => (upper ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase));
  context.report({ messageId: 'wrong-preposition', data: { actual, expected: cased[0]! }, range, actual, expected: cased });
}
