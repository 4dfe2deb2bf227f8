import type { CheckerSpan } from './checkers.js';
import type { GrammarExample } from './examples.js';

/** Counts for one checker on one group of examples. */
export interface Tally {
  errors: number;
  /** Error sentences with a finding on the marked span (or any finding, when no span is marked). */
  caught: number;
  /** Error sentences with a finding somewhere else only. */
  elsewhere: number;
  correct: number;
  /** Correct sentences with any finding. */
  falseAlarms: number;
}

/** A tally with nothing counted yet. */
export function emptyTally(): Tally {
  return { errors: 0, caught: 0, elsewhere: 0, correct: 0, falseAlarms: 0 };
}

/** How one checker's findings on one example score. */
export type Outcome = 'caught' | 'elsewhere' | 'missed' | 'clean' | 'false-alarm';

/** Judges one example by the findings on its sentence. */
export function judge(example: GrammarExample, findings: readonly CheckerSpan[]): Outcome {
  if (!example.isError) return findings.length > 0 ? 'false-alarm' : 'clean';
  const { marker } = example;
  if (findings.some((finding) => marker === undefined || overlaps(finding, marker))) return 'caught';
  return findings.length > 0 ? 'elsewhere' : 'missed';
}

/** Adds one outcome to a tally. */
export function count(tally: Tally, outcome: Outcome): void {
  if (outcome === 'clean' || outcome === 'false-alarm') {
    tally.correct++;
    if (outcome === 'false-alarm') tally.falseAlarms++;
    return;
  }
  tally.errors++;
  if (outcome === 'caught') tally.caught++;
  if (outcome === 'elsewhere') tally.elsewhere++;
}

// An empty span (an insertion point, e.g. a missing comma) overlaps what touches it.
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}
