import type { Diagnostic } from '../engine/types.js';

/** The offsets a diagnostic's replacement applies to: its own fix span, or else where it is reported. */
export function fixSpanOf(diagnostic: Pick<Diagnostic, 'offset' | 'endOffset' | 'fix'>): { offset: number; endOffset: number } {
  return diagnostic.fix ?? { offset: diagnostic.offset, endOffset: diagnostic.endOffset };
}
