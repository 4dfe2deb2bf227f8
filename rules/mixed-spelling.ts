import type { Rule } from '../src/engine/types.js';
import type { Variety } from './house-style/spelling-counterpart.js';
import { findSpellingMarks, type SpellingMark } from './house-style/spelling-marks.js';

/** Options of `mixed-spelling`. */
export interface Options {
  /** The spelling the story should use; `auto` (default) takes the story's own majority. */
  variety: 'auto' | Variety;
}

const VARIETY_NAMES: Record<Variety, string> = { british: 'British', american: 'American' };
const EXAMPLES_SHOWN = 3;

/**
 * British and American spellings mixed in one story ("denuclearising" and "armour" beside "rumors" and
 * "traveled"). The story's variety is its majority, or the one the house sets; each spelling of the
 * other variety is reported with its counterpart.
 */
export const mixedSpelling: Rule<Options> = {
  meta: {
    id: 'mixed-spelling',
    kind: 'consistency',
    description: 'British and American spellings mixed in one story',
    severity: 'warning',
    fixable: true,
    defaults: { variety: 'auto' },
    schema: {
      variety: { type: 'string', enum: ['auto', 'british', 'american'], description: 'The house spelling; `auto` follows the story’s majority' },
    },
    messages: {
      'minority-variety': '{{found}} spelling “{{actual}}” in a story otherwise written in {{majority}} spelling ({{examples}})',
      'house-variety': '{{found}} spelling “{{actual}}” where the house style is {{majority}} spelling',
    },
  },
  create(context, options) {
    return {
      document(document) {
        const marks = telling(document.shared('mixed-spelling/marks', findSpellingMarks));
        const majority = options.variety === 'auto' ? majorityVariety(marks) : options.variety;
        if (!majority) return;
        const examples = [...new Set(marks.filter((mark) => mark.variety === majority).map((mark) => mark.text.toLowerCase()))].slice(0, EXAMPLES_SHOWN);
        for (const mark of marks) {
          if (mark.variety === majority) continue;
          context.report({
            messageId: options.variety === 'auto' ? 'minority-variety' : 'house-variety',
            data: { found: VARIETY_NAMES[mark.variety], actual: mark.text, majority: VARIETY_NAMES[majority], examples: examples.join(', ') },
            range: mark,
            actual: mark.text,
            expected: [mark.counterpart],
            // The story's own majority may be the slip; a house variety is certain.
            safe: options.variety !== 'auto',
          });
        }
      },
    };
  },
};

/**
 * The marks that tell the varieties apart. A British spelling that American copy accepts ("grey",
 * "cancelled") only counts where the story also writes the American one in some form: "gray" and "grey",
 * or "canceling" and "cancelled", in one story is a slip either way.
 */
function telling(marks: readonly SpellingMark[]): SpellingMark[] {
  const american = new Set(marks.filter((mark) => mark.variety === 'american').map((mark) => stemOf(mark.text)));
  return marks.filter((mark) => !mark.acceptedInAmerican || american.has(stemOf(mark.counterpart)));
}

/** A word without its inflection, so that "canceling" meets "cancelled" (as "canceled"). */
function stemOf(word: string): string {
  return word.toLowerCase().replace(/(?:s|ed|ing)$/, '');
}

/** The variety most marks follow (ties go to the first mark); undefined unless both varieties occur. */
function majorityVariety(marks: readonly SpellingMark[]): Variety | undefined {
  const british = marks.filter((mark) => mark.variety === 'british').length;
  const american = marks.length - british;
  if (british === 0 || american === 0) return undefined;
  if (british === american) return marks[0]!.variety;
  return british > american ? 'british' : 'american';
}
