import type { ActiveRule } from '../config/types.js';
import type { NewsDocument } from '../model/document.js';
import { formatMessage } from './format-message.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Diagnostic, ReportDescriptor, RuleVisitors, Severity } from './types.js';

/** The visitors the walk calls for every node of their kind. */
type SyncVisitor = 'paragraph' | 'sentence' | 'word' | 'quote';

interface Running {
  id: string;
  active: ActiveRule;
  visitors: RuleVisitors;
  crashed: boolean;
}

/**
 * Runs every active rule over the document in one walk; a rule that throws becomes one diagnostic.
 * `recurringLines` is what rules see as `context.recurringLines`.
 */
export async function runRules(document: NewsDocument, rules: Map<string, ActiveRule>, recurringLines: ReadonlyMap<string, number> = new Map()): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const running: Running[] = [];
  for (const [id, active] of rules) {
    const entry: Running = { id, active, visitors: {}, crashed: false };
    const context = {
      id,
      document,
      filePath: document.filePath,
      recurringLines,
      report: (descriptor: ReportDescriptor) => {
        if (!entry.crashed) diagnostics.push(toDiagnostic(id, active, descriptor, document));
      },
    };
    try {
      entry.visitors = active.rule.create(context, active.options);
    } catch (error) {
      crash(entry, error, diagnostics, document);
    }
    running.push(entry);
  }

  const call = async (name: keyof RuleVisitors, node: unknown) => {
    for (const entry of running) {
      const visit = entry.visitors[name] as ((node: unknown) => unknown) | undefined;
      if (!visit || entry.crashed) continue;
      try {
        await visit(node);
      } catch (error) {
        crash(entry, error, diagnostics, document);
      }
    }
  };
  // The walk visits every word: each visitor's rules are listed once, so a node costs only the rules that visit it.
  const visitorsOf = (name: SyncVisitor) => running.filter((entry) => entry.visitors[name] !== undefined);
  const visiting = { paragraph: visitorsOf('paragraph'), sentence: visitorsOf('sentence'), word: visitorsOf('word'), quote: visitorsOf('quote') };
  const callSync = (name: SyncVisitor, node: unknown) => {
    for (const entry of visiting[name]) {
      if (entry.crashed) continue;
      try {
        (entry.visitors[name] as (node: unknown) => void)(node);
      } catch (error) {
        crash(entry, error, diagnostics, document);
      }
    }
  };

  await call('document', document);
  const wantsWords = visiting.word.length > 0;
  for (const paragraph of document.paragraphs) {
    callSync('paragraph', paragraph);
    for (const sentence of paragraph.sentences) {
      callSync('sentence', sentence);
      if (wantsWords) for (const word of sentence.words) callSync('word', word);
    }
  }
  for (const quote of document.quotes) callSync('quote', quote);
  await call('document:exit', document);
  return diagnostics;
}

function toDiagnostic(ruleId: string, active: ActiveRule, descriptor: ReportDescriptor, document: NewsDocument): Diagnostic {
  const { meta } = active.rule;
  const template = meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`unknown messageId "${descriptor.messageId}"`);
  const span = descriptor.range ?? descriptor.node;
  if (!span) throw new Error('report needs a node or a range');
  const start = document.positionOf(span.start);
  const end = document.positionOf(span.end);
  return {
    ruleId,
    source: active.source,
    url: ruleUrl(ruleId, active),
    kind: meta.kind,
    severity: severityOf(active.severity, descriptor.severity),
    messageId: descriptor.messageId,
    message: formatMessage(template, descriptor.data),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: span.start,
    endOffset: span.end,
    actual: descriptor.actual ?? document.textOf(span),
    expected: descriptor.expected ?? [],
    safe: (descriptor.safe ?? meta.fixable) && (descriptor.expected?.length ?? 0) > 0,
    ...(descriptor.confidence === undefined ? {} : { confidence: descriptor.confidence }),
    ...(descriptor.fix === undefined ? {} : { fix: { offset: descriptor.fix.start, endOffset: descriptor.fix.end } }),
  };
}

/** The documentation address of a rule: its doc in this package for built-ins, else what the rule declares. */
export function ruleUrl(ruleId: string, active: ActiveRule): string | undefined {
  return active.source === 'newslint' ? pathToFileURL(join(PACKAGE_ROOT, 'rules', `${ruleId}.md`)).href : active.rule.meta.url;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A report may soften its rule's configured severity (low confidence → warning), never raise it. */
function severityOf(configured: Severity, reported: Severity | undefined): Severity {
  return reported && SEVERITY_RANK[reported] < SEVERITY_RANK[configured] ? reported : configured;
}

function crash(entry: Running, error: unknown, diagnostics: Diagnostic[], document: NewsDocument): void {
  entry.crashed = true;
  const reason = error instanceof Error ? error.message : String(error);
  const end = document.positionOf(0);
  diagnostics.push({
    ruleId: entry.id,
    source: entry.active.source,
    kind: entry.active.rule.meta.kind,
    severity: 'error',
    messageId: 'rule-crashed',
    message: `Rule \`${entry.id}\` crashed and was skipped for this file: ${reason}`,
    line: end.line,
    column: end.column,
    endLine: end.line,
    endColumn: end.column,
    offset: 0,
    endOffset: 0,
    actual: '',
    expected: [],
    safe: false,
  });
}
