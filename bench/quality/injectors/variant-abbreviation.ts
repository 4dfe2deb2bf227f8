import { draftOf } from '../draft.js';
import type { Injector } from '../injector.js';

/** Initialisms that news copy writes both with and without stops, and the other names of the same country. */
const INITIALISMS: ReadonlyArray<{ letters: string; aliases: readonly string[] }> = [
  { letters: 'US', aliases: ['USA'] },
  { letters: 'UK', aliases: [] },
  { letters: 'EU', aliases: [] },
  { letters: 'UN', aliases: [] },
  { letters: 'FBI', aliases: [] },
  { letters: 'CIA', aliases: [] },
  { letters: 'UAE', aliases: [] },
  { letters: 'USSR', aliases: [] },
];

function dotted(letters: string): string {
  return `${[...letters].join('.')}.`;
}

function escape(text: string): string {
  return text.replace(/[.]/g, '\\.');
}

interface Occurrence {
  block: number;
  index: number;
  written: string;
  /** What follows, to keep the sentence's own full stop. */
  after: string;
}

/**
 * Writes one mention of an initialism that a story uses at least three times, always in one form, in
 * another form: "US" → "U.S." or "USA", "U.N." → "UN".
 */
export const variantAbbreviation: Injector = {
  id: 'variant-abbreviation',
  description: 'one mention of a repeated initialism written in another form (US → U.S., U.N. → UN, US → USA)',
  rules: ['inconsistent-abbreviation'],
  inject(host, _pool, random) {
    const draft = draftOf(host);
    const options: Array<{ occurrence: Occurrence; replacement: string; length: number }> = [];
    for (const { letters, aliases } of INITIALISMS) {
      const forms = [letters, dotted(letters), ...aliases, ...aliases.map(dotted)];
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}.])(${forms.map(escape).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}]|\\.\\p{Lu})`, 'gu');
      const occurrences: Occurrence[] = [];
      draft.forEach((block, blockIndex) => {
        for (const match of block.text.matchAll(pattern)) occurrences.push({ block: blockIndex, index: match.index, written: match[1]!, after: block.text.slice(match.index + match[1]!.length) });
      });
      if (occurrences.length < 3 || new Set(occurrences.map((occurrence) => occurrence.written)).size !== 1) continue;
      const written = occurrences[0]!.written;
      const variants = forms.filter((form) => form !== written && (form.includes('.') !== written.includes('.') || aliases.includes(form)));
      for (const occurrence of occurrences) {
        if (draft[occurrence.block]!.headline) continue;
        // "USA Senate" is no one's style: the long form only stands alone, never before a name.
        const fitting = /^ \p{Lu}/u.test(occurrence.after) ? variants.filter((form) => !aliases.includes(form.replace(/\./g, ''))) : variants;
        if (fitting.length === 0) continue;
        const replacement = random.pick(fitting);
        const planted = plant(occurrence, replacement);
        if (planted) options.push({ occurrence, ...planted });
      }
    }
    if (options.length === 0) return undefined;
    const { occurrence, replacement, length } = random.pick(options);
    return draft.map((block, index) => {
      if (index !== occurrence.block) return block;
      const text = block.text.slice(0, occurrence.index) + replacement + block.text.slice(occurrence.index + length);
      return { text, defect: { injector: this.id, rule: 'inconsistent-abbreviation' } };
    });
  },
};

/** The text to write over the mention, keeping exactly one full stop where the sentence ends. */
function plant(occurrence: Occurrence, replacement: string): { replacement: string; length: number } | undefined {
  const { written, after } = occurrence;
  const endsDotted = written.endsWith('.');
  if (!endsDotted && replacement.endsWith('.') && after.startsWith('.')) return { replacement, length: written.length + 1 };
  if (endsDotted && !replacement.endsWith('.')) {
    if (/^["”’)]*$/.test(after)) return { replacement: `${replacement}.`, length: written.length };
    // Before a capital the stop may end the sentence or not; such mentions are left alone.
    if (/^\s+["“]?\p{Lu}/u.test(after)) return undefined;
  }
  return { replacement, length: written.length };
}
