import type { Severity } from '../engine/types.js';
import type { RuleEntry } from './types.js';

/** A rule's setting after merging config layers: on or off, an explicit severity, user options. */
export interface RuleSetting {
  enabled: boolean;
  /** Undefined means the rule's own default severity. */
  severity?: Severity;
  options: Record<string, unknown>;
}

/**
 * Merge a later rule entry over an earlier setting, as ESLint does: `true` switches the rule on and
 * keeps the options; a severity string is shorthand for `{"severity": …}`; `false` switches it off; an object's options merge shallowly over the base's,
 * and its `severity`, when given, replaces the base's.
 */
export function mergeRuleEntry(base: RuleSetting | undefined, entry: RuleEntry): RuleSetting {
  const options = base?.options ?? {};
  if (entry === true) return { enabled: true, severity: base?.severity, options };
  if (entry === false) return { enabled: false, severity: base?.severity, options };
  if (typeof entry === 'string') return mergeRuleEntry(base, { severity: entry });
  const { severity, ...entryOptions } = entry;
  const merged = { ...options, ...entryOptions };
  if (severity === 'off') return { enabled: false, severity: base?.severity, options: merged };
  return { enabled: true, severity: severity ?? base?.severity, options: merged };
}
