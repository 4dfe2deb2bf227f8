import type { FilterSettings } from '../config/types.js';
import type { NewsDocument } from '../model/document.js';
import { findDirectives, isSuppressed } from './directives.js';
import { mergeSecondOpinions } from './message-chain-merge.js';
import type { Diagnostic, Severity } from './types.js';

type Step = (diagnostics: Diagnostic[]) => Diagnostic[];

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Passes raw diagnostics through small chained steps: directives, allowlist, severity floor, second
 * opinions that repeat another rule (`secondOpinions`: ids of rules whose meta says so), dedupe, sort.
 */
export function applyMessageChain(
  diagnostics: Diagnostic[],
  document: NewsDocument,
  filters: FilterSettings,
  secondOpinions: ReadonlySet<string> = new Set(),
): Diagnostic[] {
  const steps: Step[] = [];
  if (filters.comments) {
    const directives = findDirectives(document.source, document.format, (offset) => document.positionOf(offset).line);
    if (directives.length > 0) steps.push((list) => list.filter((diagnostic) => !isSuppressed(diagnostic, directives)));
  }
  if (filters.allowlist.length > 0) {
    const matchers = filters.allowlist.map(toMatcher);
    steps.push((list) => list.filter((diagnostic) => !matchers.some((matches) => matches(diagnostic.actual))));
  }
  if (filters.minimumSeverity) {
    const floor = SEVERITY_RANK[filters.minimumSeverity];
    steps.push((list) => list.filter((diagnostic) => SEVERITY_RANK[diagnostic.severity] >= floor));
  }
  steps.push((list) => mergeSecondOpinions(list, secondOpinions, document.source), dedupe, sortByPosition);
  return steps.reduce((list, step) => step(list), diagnostics);
}

function toMatcher(entry: string): (text: string) => boolean {
  const regex = entry.match(/^\/(.+)\/([a-z]*)$/s);
  if (regex) {
    const pattern = new RegExp(regex[1], regex[2]);
    return (text) => pattern.test(text);
  }
  return (text) => text === entry;
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.ruleId}\0${diagnostic.offset}\0${diagnostic.endOffset}\0${diagnostic.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
}
