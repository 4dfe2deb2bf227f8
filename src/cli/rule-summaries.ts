import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActiveRule } from '../config/types.js';
import { PACKAGE_ROOT } from '../package-root.js';
import type { RuleSummary } from '../reporters/types.js';

/** What reporters need to know about an active rule. */
export function summariseRule(id: string, active: ActiveRule): RuleSummary {
  const { meta } = active.rule;
  // The same documentation address the engine stamps on built-in rules' diagnostics.
  const url = active.source === 'newslint' ? pathToFileURL(join(PACKAGE_ROOT, 'rules', `${id}.md`)).href : meta.url;
  return { id, kind: meta.kind, description: meta.description, severity: meta.severity, fixable: meta.fixable, source: active.source, ...(url ? { url } : {}) };
}
