import type { Rule } from '../src/engine/types.js';
import { entityOf, findAbbreviationMentions, type AbbreviationMention } from './house-style/abbreviation-mentions.js';

/** Options of `inconsistent-abbreviation`. */
export interface Options {
  /**
   * House forms, keyed by the letters they abbreviate: `{"US": "U.S.", "UK": "UK"}`. Every other form of
   * those letters (and their aliases, "USA" for "US") is reported, with a safe fix. Default `{}`.
   */
  preferred: Record<string, string>;
}

/**
 * One story writing the same abbreviation several ways: "U.S." and "US", "UK" and "U.K.", "US" and "USA".
 * The form the story uses most (ties: the one it uses first) is taken as its style, unless the house
 * sets one.
 */
export const inconsistentAbbreviation: Rule<Options> = {
  meta: {
    id: 'inconsistent-abbreviation',
    kind: 'consistency',
    description: 'The same abbreviation written several ways in one story ("U.S." and "US")',
    severity: 'warning',
    fixable: true,
    defaults: { preferred: {} },
    schema: {
      preferred: { type: 'object', additionalProperties: { type: 'string' }, description: 'House form per abbreviation, keyed by its letters' },
    },
    messages: {
      'minority-form': 'Unexpected “{{actual}}”, expected “{{expected}}” as elsewhere in this story ({{counts}})',
      'house-form': 'Unexpected “{{actual}}”, expected the house form “{{expected}}”',
    },
  },
  create(context, options) {
    const house = new Map(Object.entries(options.preferred).map(([letters, form]) => [entityOf(letters), normalisedForm(form)]));
    return {
      document(document) {
        const mentions = document.shared('inconsistent-abbreviation/mentions', findAbbreviationMentions);
        for (const group of groupByEntity(mentions)) {
          const preferred = house.get(group[0]!.entity);
          const counts = countForms(group);
          if (!preferred && counts.size < 2) continue;
          const expected = preferred ?? [...counts.keys()][0]!;
          for (const mention of group) {
            if (mention.form === expected) continue;
            const fix = replacement(mention, expected);
            context.report({
              messageId: preferred ? 'house-form' : 'minority-form',
              data: { actual: mention.form, expected, counts: [...counts].map(([form, count]) => `${form} ${count}`).join(', ') },
              range: fix.range,
              actual: document.textOf(fix.range),
              expected: fix.expected,
              safe: preferred !== undefined && fix.expected.length === 1,
            });
          }
        }
      },
    };
  },
};

/** "U.S" and "u.s." as the rule writes them: capitals, a stop after each letter of a dotted form. */
function normalisedForm(form: string): string {
  const letters = form.replace(/\./g, '').toUpperCase();
  return form.includes('.') ? `${[...letters].join('.')}.` : letters;
}

function groupByEntity(mentions: readonly AbbreviationMention[]): AbbreviationMention[][] {
  const groups = new Map<string, AbbreviationMention[]>();
  for (const mention of mentions) groups.set(mention.entity, [...(groups.get(mention.entity) ?? []), mention]);
  return [...groups.values()];
}

/** Form → count, most used first; ties keep the order of first use. */
function countForms(group: readonly AbbreviationMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of group) counts.set(mention.form, (counts.get(mention.form) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

/**
 * The span to replace and its replacements. A sentence's full stop is shared with a dotted form: "in the
 * US." becomes "in the U.S.", and "in the U.S." at a paragraph's end becomes "in the US.". Before a capital
 * the stop may or may not end the sentence, so both are offered.
 */
function replacement(mention: AbbreviationMention, expected: string): { range: { start: number; end: number }; expected: string[] } {
  const range = { start: mention.start, end: mention.end };
  const expectedDotted = expected.endsWith('.');
  if (!mention.dotted && expectedDotted && mention.closesSentence === 'yes') return { range: { ...range, end: range.end + 1 }, expected: [expected] };
  if (mention.dotted && !expectedDotted && mention.closesSentence === 'yes') return { range, expected: [`${expected}.`] };
  if (mention.dotted && !expectedDotted && mention.closesSentence === 'maybe') return { range, expected: [expected, `${expected}.`] };
  return { range, expected: [expected] };
}
