import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The two grammar corpora the harness scores against. */
export type CorpusName = 'languagetool' | 'harper';

/** One test sentence, with the error span in UTF-16 offsets. */
export interface GrammarExample {
  corpus: CorpusName;
  /** The source rule (LanguageTool rule id or Harper linter name), for breakdowns on dev. */
  sourceRule: string;
  category: string;
  text: string;
  isError: boolean;
  /** Where the error is; absent for correct sentences and for Harper's count-only tests. */
  marker?: { start: number; end: number };
}

/** Raw record shape of grammar/*.jsonl (see corpora/README.md). */
interface GrammarRecord {
  split: string;
  rule_id: string;
  category?: string;
  text: string;
  is_error: boolean;
  marker_start?: number;
  marker_end?: number;
  variant?: string;
  rule_default?: string;
  linter?: string;
}

// LanguageTool categories that are about grammar and word choice; spelling, style, typography and
// region-specific rules are out of scope for newslint's grammar layer.
const LANGUAGETOOL_CATEGORIES = new Set(['GRAMMAR', 'CONFUSED_WORDS', 'TYPOS', 'COLLOCATIONS', 'NONSTANDARD_PHRASES', 'SEMANTICS']);

/** Loads both corpora's examples of one split from `<corpusDir>/grammar/`. */
export function loadGrammarExamples(corpusDir: string, split: string): GrammarExample[] {
  const languagetool = readRecords(join(corpusDir, 'grammar', 'languagetool-en.jsonl'))
    .filter((r) => r.split === split && isLanguageToolDefault(r))
    .map((r) => toExample('languagetool', r, r.rule_id));
  const harper = readRecords(join(corpusDir, 'grammar', 'harper.jsonl'))
    .filter((r) => r.split === split && !(r.category ?? '').split('|').includes('Spelling'))
    .map((r) => toExample('harper', r, r.linter ?? r.rule_id));
  return [...languagetool, ...harper];
}

/** The "en" variant's rules that LanguageTool runs out of the box (`rule_default` absent or `on`). */
function isLanguageToolDefault(record: GrammarRecord): boolean {
  return (
    record.variant === 'en' &&
    LANGUAGETOOL_CATEGORIES.has(record.category ?? '') &&
    (record.rule_default === undefined || record.rule_default === 'on')
  );
}

function readRecords(path: string): GrammarRecord[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`Cannot read ${path}: give --corpus the folder that holds grammar/`);
  }
  return content
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GrammarRecord);
}

function toExample(corpus: CorpusName, record: GrammarRecord, sourceRule: string): GrammarExample {
  const example: GrammarExample = {
    corpus,
    sourceRule,
    category: record.category ?? 'none',
    text: record.text,
    isError: record.is_error,
  };
  if (record.is_error && record.marker_start !== undefined && record.marker_end !== undefined) {
    example.marker = { start: utf16Offset(record.text, record.marker_start), end: utf16Offset(record.text, record.marker_end) };
  }
  return example;
}

/** Marker offsets in the corpora count code points; diagnostics count UTF-16 units. */
function utf16Offset(text: string, codePoints: number): number {
  return Array.from(text).slice(0, codePoints).join('').length;
}
