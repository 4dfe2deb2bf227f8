import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../config/index.js';
import type { ResolvedConfig } from '../config/types.js';
import { lint } from '../engine/lint.js';
import type { Diagnostic, RecurringLine } from '../engine/types.js';
import type { SourceFormat } from '../model/document.js';
import type { ArchiveCache } from './archive-cache.js';
import { isConfigFile, type ConfigCache } from './config-cache.js';
import type { ConfigProblemBoard, Publish } from './config-problem-board.js';
import { describeConfigProblem } from './config-problem.js';
import { documentFormat } from './document-format.js';
import { toLspDiagnostic } from './to-lsp-diagnostic.js';

/** One version of an open document, linted: what code actions and hovers work from. */
export interface LintedDocument {
  uri: string;
  version: number;
  /** The editor's text, BOM included if it has one. */
  text: string;
  /** 1 when `text` starts with a BOM: engine offsets are then one short of editor offsets. */
  bomShift: 0 | 1;
  format: SourceFormat;
  filePath: string | undefined;
  diagnostics: Diagnostic[];
  /** Undefined when the configuration could not be resolved (nothing was checked). */
  config: ResolvedConfig | undefined;
  /** Which configuration generation this was linted under. */
  generation: number;
}

/** What the linter needs from the server around it. */
export interface DocumentLinterDeps {
  documents: TextDocuments<TextDocument>;
  configs: ConfigCache;
  /** Indexes of the reference copy configs name under `archive`. */
  archives: ArchiveCache;
  problems: ConfigProblemBoard;
  publish: Publish;
  log: (message: string) => void;
  /** Quiet time after a keystroke before re-linting. */
  debounceMs: number;
}

/** Lints open documents on open and (debounced) on change, publishes their diagnostics and remembers the results. */
export class DocumentLinter {
  private readonly linted = new Map<string, LintedDocument>();
  private readonly pending = new Map<string, { version: number; generation: number; result: Promise<LintedDocument> }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private generation = 0;

  constructor(private readonly deps: DocumentLinterDeps) {}

  /** A document was opened or edited: lint at once the first time, after a quiet spell afterwards. */
  schedule(document: TextDocument): void {
    if (isConfigFile(filePathOf(document.uri))) return;
    clearTimeout(this.timers.get(document.uri));
    if (!this.linted.has(document.uri) || this.deps.debounceMs === 0) {
      void this.lintLatest(document.uri);
      return;
    }
    this.timers.set(document.uri, setTimeout(() => void this.lintLatest(document.uri), this.deps.debounceMs));
  }

  /** The lint of the document's current version under the current configuration, linting now if needed. */
  async current(document: TextDocument): Promise<LintedDocument | undefined> {
    if (isConfigFile(filePathOf(document.uri))) return undefined;
    const known = this.linted.get(document.uri);
    if (known && known.version === document.version && known.generation === this.generation) return known;
    const running = this.pending.get(document.uri);
    if (running && running.version === document.version && running.generation === this.generation) return running.result;
    return this.lint(document);
  }

  /** A document was closed: stop tracking it and take its diagnostics down. */
  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.linted.delete(uri);
    this.pending.delete(uri);
    this.deps.publish(uri, []);
  }

  /** Configuration changed: read it again and re-lint every open document. */
  refreshAll(): void {
    this.generation++;
    this.deps.configs.clear();
    this.deps.archives.clear();
    this.deps.problems.clear();
    for (const { uri } of this.deps.documents.all()) {
      if (isConfigFile(filePathOf(uri))) continue;
      // Nobody is typing: no reason to wait.
      clearTimeout(this.timers.get(uri));
      void this.lintLatest(uri);
    }
  }

  /** Lints the copy of `uri` open right now, if it is still open. */
  private async lintLatest(uri: string): Promise<void> {
    this.timers.delete(uri);
    const document = this.deps.documents.get(uri);
    if (document) await this.lint(document);
  }

  private lint(document: TextDocument): Promise<LintedDocument> {
    const entry = { version: document.version, generation: this.generation, result: this.run(document) };
    this.pending.set(document.uri, entry);
    return entry.result.finally(() => {
      if (this.pending.get(document.uri) === entry) this.pending.delete(document.uri);
    });
  }

  private async run(document: TextDocument): Promise<LintedDocument> {
    const text = document.getText();
    const filePath = filePathOf(document.uri);
    const bomShift = text.startsWith('\uFEFF') ? 1 : 0;
    const base = { uri: document.uri, version: document.version, text, bomShift, format: documentFormat(document.languageId, filePath), filePath, generation: this.generation } as const;
    let config: ResolvedConfig;
    let recurringLines: RecurringLine[] | undefined;
    try {
      config = await this.deps.configs.forFile(filePath);
      if (config.archive) recurringLines = await this.deps.archives.recurringLines(config.archive, filePath ?? document.uri, text);
    } catch (error) {
      return this.finish({ ...base, diagnostics: [], config: undefined }, this.showConfigProblem(error));
    }
    try {
      const { diagnostics } = await lint(text, { filePath, config, format: base.format, recurringLines });
      return this.finish({ ...base, diagnostics, config }, diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, bomShift)));
    } catch (error) {
      // The engine turns crashing rules into diagnostics; getting here is a bug in newslint itself.
      this.deps.log(`newslint failed on ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const message = `newslint could not check this document: ${error instanceof Error ? error.message : String(error)}`.split('\n', 1)[0];
      const failure: LspDiagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'newslint', message };
      return this.finish({ ...base, diagnostics: [], config }, [failure]);
    }
  }

  /** Keeps and publishes a result, unless a newer edit or configuration arrived meanwhile (its own lint will publish). */
  private finish(linted: LintedDocument, shown: LspDiagnostic[]): LintedDocument {
    if (this.deps.documents.get(linted.uri)?.version !== linted.version || linted.generation !== this.generation) return linted;
    this.linted.set(linted.uri, linted);
    this.deps.publish(linted.uri, shown, linted.version);
    return linted;
  }

  /** A config problem goes on the config file when the editor has it open, else on the document itself. */
  private showConfigProblem(error: unknown): LspDiagnostic[] {
    if (!(error instanceof ConfigError)) this.deps.log(`newslint: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const problem = describeConfigProblem(error);
    if (problem.configUri && this.deps.documents.get(problem.configUri)) {
      this.deps.problems.show(problem.configUri, problem.atConfig);
      return [];
    }
    return [problem.atDocument];
  }
}

/** The file path of a `file:` URI; undefined for unsaved buffers and other schemes. */
export function filePathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}
