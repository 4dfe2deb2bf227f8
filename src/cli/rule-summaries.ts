import type { ActiveRule } from '../config/types.js';
import { ruleUrl } from '../engine/run-rules.js';
import type { RuleSummary } from '../reporters/types.js';

/** What reporters need to know about an active rule. */
export function summariseRule(id: string, active: ActiveRule): RuleSummary {
  const { meta } = active.rule;
  const url = ruleUrl(id, active);
  return { id, kind: meta.kind, description: meta.description, severity: meta.severity, fixable: meta.fixable, source: active.source, ...(url ? { url } : {}) };
}
