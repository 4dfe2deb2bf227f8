import { resolveConfig } from '../config/index.js';
import type { ResolvedConfig } from '../config/types.js';
import { buildDocument } from '../model/build-document.js';
import type { NewsDocument, SourceFormat } from '../model/document.js';
import { detectFormat } from '../parse/detect-format.js';
import { applyMessageChain } from './message-chain.js';
import { runRules } from './run-rules.js';
import type { LintResult, RecurringLine } from './types.js';

/** Options for one `lint` call. */
export interface LintOptions {
  /** Used to pick the format, find `.textlintrc.json` and match `overrides`. */
  filePath?: string;
  /** The configuration to use; by default it is found by walking up from `filePath`. */
  config?: ResolvedConfig;
  /** Overrides the format implied by the file extension. */
  format?: SourceFormat;
  /** Lines of this text that recur in other stories (from a `StoryArchive`), for rules that read them. */
  recurringLines?: readonly RecurringLine[];
}

const BOM = '\uFEFF';

/** Lints one text and returns its diagnostics, sorted by position. */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  const config = options.config ?? (await resolveConfig(options.filePath, {}));
  const document = parseDocument(text, options);
  const secondOpinions = new Set([...config.rules].filter(([, active]) => active.rule.meta.secondOpinion === true).map(([id]) => id));
  const diagnostics = applyMessageChain(
    await runRules(document, config.rules, recurrenceMap(options.recurringLines)),
    document,
    config.filters,
    secondOpinions,
  );
  return { filePath: options.filePath, source: document.source, diagnostics };
}

/** Builds the shared document model that rules read; exported for editors and other tools. */
export function parseDocument(text: string, options: Pick<LintOptions, 'filePath' | 'format'> = {}): NewsDocument {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  return buildDocument(source, options.format ?? detectFormat(options.filePath), options.filePath);
}

function recurrenceMap(lines: readonly RecurringLine[] = []): Map<string, number> {
  return new Map(lines.map((line) => [line.text, line.stories]));
}
