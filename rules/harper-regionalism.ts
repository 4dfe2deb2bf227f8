import type { Rule } from '../src/engine/types.js';
import { lintDocumentWith } from '../src/grammar/harper-document.js';
import { reportHarperFindings } from '../src/grammar/harper-rule.js';
import type { HarperDialect, HarperSelection } from '../src/grammar/harper-selection.js';

/** Options of `harper-regionalism`. */
export interface Options {
  /** The house's variety of English: words and idioms of the others are reported. */
  dialect: HarperDialect;
}

const DIALECTS: readonly HarperDialect[] = ['american', 'british', 'australian', 'canadian', 'indian'];

// harper.js 2.10's lints of kind Regionalism: words ("petrol" / "gas") and idioms ("on the cards" /
// "in the cards", "have a look" / "take a look", "out the window", "till date").
const REGIONALISM_LINTS = ['Regionalisms', 'InOnTheCards', 'HaveTakeALook', 'OutOfTheWindow', 'TillDate'];

/**
 * Words and idioms of another variety of English than the house's, found by harper.js: "petrol" and
 * "on the cards" in an American house, "gasoline" and "in the cards" in a British one. The other Harper
 * rules never report them, since they would hold British copy to American idiom; here the house says
 * which variety it writes.
 */
export const harperRegionalism: Rule<Options> = {
  meta: {
    id: 'harper-regionalism',
    kind: 'usage',
    description: 'A word or idiom of another variety of English than the house style\'s, found by harper.js ("petrol" in American copy, "in the cards" in British copy)',
    severity: 'warning',
    fixable: false,
    defaults: { dialect: 'american' },
    schema: { dialect: { type: 'string', enum: DIALECTS, description: 'The variety of English the house writes' } },
    messages: { harper: '{{message}}' },
    // harper.js costs about 1 s to load; this rule runs it apart from the other Harper rules (a parse of its own).
    recommended: false,
  },
  create(context, options) {
    const selection: HarperSelection = {
      dialect: options.dialect,
      lints: Object.fromEntries(REGIONALISM_LINTS.map((name) => [name, true])),
      others: 'off',
      kinds: ['Regionalism'],
    };
    return {
      async document(document) {
        // A finding with nothing to write instead is Harper's word list speaking, not the house's: it says
        // "duvet" is not British (21 of the 67 dev news findings with dialect "british") and "lakh" not American.
        const findings = (await lintDocumentWith(document, selection)).filter((finding) => finding.suggestions.length > 0);
        reportHarperFindings(context, document.source, findings);
      },
    };
  },
};
