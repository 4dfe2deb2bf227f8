import { createHash } from 'node:crypto';

/** One half of the source rules, for checking on dev that a change generalises across rules. */
export type RuleHalf = 'A' | 'B';

/**
 * Which half a source rule falls in, by a hash of its id: read failures from half A only, and a
 * gain that shows on A but not on B was fitted to A's words rather than to a grammatical family.
 */
export function ruleHalf(sourceRule: string): RuleHalf {
  return createHash('sha1').update(sourceRule).digest()[0]! % 2 === 0 ? 'A' : 'B';
}
