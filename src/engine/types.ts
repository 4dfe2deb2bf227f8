import type { NewsDocument, Paragraph, Sentence, Word, Quote } from '../model/document.js';

/** How loudly a diagnostic speaks; `off` only appears in config. */
export type Severity = 'error' | 'warning' | 'info';

/** The closed list of rule kinds (see STYLE.md); extend deliberately. */
export const RULE_KINDS = [
  'structure',
  'residue',
  'fragment',
  'attribution',
  'grammar',
  'usage',
  'consistency',
  'readability',
  'repetition',
  'punctuation',
  'style',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** A half-open range of UTF-16 offsets into the original source (BOM excluded). */
export interface Span {
  start: number;
  end: number;
}

/** A JSON schema fragment describing one rule option. */
export interface OptionSchema {
  type: 'number' | 'integer' | 'string' | 'boolean' | 'array' | 'object';
  description?: string;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  items?: OptionSchema;
  properties?: Record<string, OptionSchema>;
  additionalProperties?: boolean | OptionSchema;
}

/** Static facts about a rule: plain data, readable without running it. */
export interface RuleMeta<Options extends object = object> {
  id: string;
  kind: RuleKind;
  description: string;
  severity: Severity;
  /** True when at least some of its suggestions are safe to apply unattended. */
  fixable: boolean;
  defaults: Options;
  /** One schema per option key; unknown keys are config errors. */
  schema: { [K in keyof Options]: OptionSchema };
  /** messageId → template with `{{placeholder}}` slots. */
  messages: Record<string, string>;
  /** Where the rule's documentation lives; the engine fills it in for built-in rules. */
  url?: string;
  /** On in `newslint:recommended` (default true). */
  recommended?: boolean;
  /**
   * The rule repeats checks other rules make (the Harper rules): where another rule reports the same span
   * with the same first replacement, the message chain keeps only the other rule's diagnostic (default false).
   */
  secondOpinion?: boolean;
}

/** What a rule hands to `context.report`. */
export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where the problem is: a model node (anything with start/end) or a span. */
  node?: Span;
  range?: Span;
  /** The offending text; defaults to the source text of the range. */
  actual?: string;
  /** Replacements for `actual`; `[]` for none, `['']` to delete. */
  expected?: string[];
  /**
   * The span `expected` replaces when it is wider than where the problem is shown: deleting a line takes
   * the line break before or after it too, but the finding belongs on the line itself. Defaults to the range.
   */
  fix?: Span;
  /** Whether `expected[0]` may be applied unattended by `--fix` (default: the rule's `fixable`). */
  safe?: boolean;
  /** 0..1, for rules that judge rather than match. */
  confidence?: number;
  /** Overrides the configured severity for this one report (e.g. low confidence → warning). */
  severity?: Severity;
}

/** A line of a document that also runs, verbatim, in other stories of an archive (see `StoryArchive`). */
export interface RecurringLine {
  /** The line normalised as the archive compares lines: trimmed, white space collapsed (`normaliseLine`). */
  text: string;
  /** In how many other stories it runs; versions of the document's own story are not counted. */
  stories: number;
}

/** What a rule sees of the world. */
export interface RuleContext {
  readonly id: string;
  readonly document: NewsDocument;
  readonly filePath: string | undefined;
  /**
   * Normalised line → in how many other stories it runs, for the lines of this document that recur in the
   * archive the caller indexed (empty when there is none). Look lines up with `normaliseLine`.
   */
  readonly recurringLines: ReadonlyMap<string, number>;
  report(descriptor: ReportDescriptor): void;
}

/** Visitors a rule returns; the engine walks the document once and calls them in order. */
export interface RuleVisitors {
  document?(document: NewsDocument): void | Promise<void>;
  paragraph?(paragraph: Paragraph): void;
  sentence?(sentence: Sentence): void;
  word?(word: Word): void;
  quote?(quote: Quote): void;
  'document:exit'?(document: NewsDocument): void | Promise<void>;
}

/** A rule: data plus behaviour, shaped like ESLint's. */
export interface Rule<Options extends object = any> {
  meta: RuleMeta<Options>;
  create(context: RuleContext, options: Options): RuleVisitors;
}

/** One finding, as every reporter, the language server and `--fix` consume it. */
export interface Diagnostic {
  ruleId: string;
  /** Where the rule comes from: `newslint`, a plugin package or a retext package. */
  source: string;
  url?: string;
  kind: RuleKind;
  severity: Severity;
  messageId: string;
  message: string;
  /** 1-based; columns count UTF-16 code units, as ESLint and LSP do. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the source with any BOM removed. */
  offset: number;
  endOffset: number;
  actual: string;
  expected: string[];
  /** Whether `expected[0]` is safe to apply unattended. */
  safe: boolean;
  confidence?: number;
  /** Where `expected` applies when it is not `offset`–`endOffset` (see `fixSpanOf`). */
  fix?: { offset: number; endOffset: number };
}

/** The result of linting one file. */
export interface LintResult {
  filePath: string | undefined;
  diagnostics: Diagnostic[];
  /** The text that was linted (BOM removed). */
  source: string;
}
