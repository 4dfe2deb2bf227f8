import { lintDocumentWith } from '../../src/grammar/harper-document.js';
import type { HarperFinding } from '../../src/grammar/harper-linter.js';
import type { HarperSelection } from '../../src/grammar/harper-selection.js';
import { widenInsertion } from '../../src/grammar/harper-span.js';
import { buildDocument } from '../../src/model/build-document.js';
import type { CorpusName, GrammarExample } from './examples.js';
import { judge } from './score.js';

/** Where one Harper lint's findings landed, by example (indices into the example list) and in news copy. */
export interface LintRecord {
  /** Harper lint kinds its findings carried. */
  kinds: Set<string>;
  /** Error examples it caught on their marker, by corpus. */
  caught: Record<CorpusName, number[]>;
  /** Correct examples it flagged, by corpus. */
  falseAlarms: Record<CorpusName, number[]>;
  /** Findings in clean news, by news source. */
  news: Record<NewsSource, number>;
  /** A few of those news findings with their context, for reading. */
  newsSamples: string[];
}

/** The clean news the evidence counts findings in. */
export type NewsSource = 'bbc' | 'web';

/** Per-lint evidence over example sentences and clean news. */
export interface LintEvidence {
  lints: Map<string, LintRecord>;
  /** Error and correct example counts, by corpus. */
  totals: Record<CorpusName, { errors: number; correct: number }>;
  newsWords: Record<NewsSource, number>;
}

/** A clean news article, as plain text with its title as the first line. */
export interface NewsText {
  id: string;
  source: NewsSource;
  text: string;
}

const SAMPLES_PER_LINT = 6;
const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/** An evidence record with nothing counted yet. */
export function emptyEvidence(): LintEvidence {
  return {
    lints: new Map(),
    totals: { languagetool: { errors: 0, correct: 0 }, harper: { errors: 0, correct: 0 } },
    newsWords: { bbc: 0, web: 0 },
  };
}

/**
 * Lints every example through newslint's document model with `selection` (so headlines are skipped and
 * the misreading checks apply, as in the engine) and records which lint caught or flagged which example.
 */
export async function collectExampleEvidence(evidence: LintEvidence, examples: readonly GrammarExample[], selection: HarperSelection): Promise<void> {
  for (const [index, example] of examples.entries()) {
    const totals = evidence.totals[example.corpus];
    if (example.isError) totals.errors++;
    else totals.correct++;
    const byLint = groupByLint(await lintDocumentWith(buildDocument(example.text, 'text'), selection));
    for (const [name, findings] of byLint) {
      const record = recordOf(evidence, name, findings);
      // Judged on the span the engine reports (harper-rule.ts), where an insertion is widened over the word it goes before.
      const spans = findings.map((finding) => ({ ...widenInsertion(example.text, finding, finding.suggestions).span, ruleId: name }));
      const outcome = judge(example, spans);
      if (outcome === 'caught') record.caught[example.corpus].push(index);
      if (outcome === 'false-alarm') record.falseAlarms[example.corpus].push(index);
    }
  }
}

/** Lints clean news articles with `selection` and counts each lint's findings (all taken as false alarms). */
export async function collectNewsEvidence(evidence: LintEvidence, articles: readonly NewsText[], selection: HarperSelection): Promise<void> {
  for (const article of articles) {
    evidence.newsWords[article.source] += article.text.match(WORD)?.length ?? 0;
    const byLint = groupByLint(await lintDocumentWith(buildDocument(article.text, 'text'), selection));
    for (const [name, findings] of byLint) {
      const record = recordOf(evidence, name, findings);
      record.news[article.source] += findings.length;
      for (const finding of findings) {
        if (record.newsSamples.length < SAMPLES_PER_LINT) record.newsSamples.push(`${article.id}: ${contextOf(article.text, finding)}`);
      }
    }
  }
}

function groupByLint(findings: readonly HarperFinding[]): Map<string, HarperFinding[]> {
  const groups = new Map<string, HarperFinding[]>();
  for (const finding of findings) groups.set(finding.ruleName, [...(groups.get(finding.ruleName) ?? []), finding]);
  return groups;
}

/** Gives a lint that ran over all the dev data without a single finding its (empty) record. */
export function recordSilentLint(evidence: LintEvidence, name: string): void {
  recordOf(evidence, name, []);
}

function recordOf(evidence: LintEvidence, name: string, findings: readonly HarperFinding[]): LintRecord {
  let record = evidence.lints.get(name);
  if (record === undefined) {
    record = {
      kinds: new Set(),
      caught: { languagetool: [], harper: [] },
      falseAlarms: { languagetool: [], harper: [] },
      news: { bbc: 0, web: 0 },
      newsSamples: [],
    };
    evidence.lints.set(name, record);
  }
  for (const finding of findings) record.kinds.add(finding.lintKind);
  return record;
}

function contextOf(text: string, finding: HarperFinding): string {
  const from = Math.max(text.lastIndexOf('\n', finding.start) + 1, finding.start - 70);
  const lineEnd = text.indexOf('\n', finding.end);
  const to = Math.min(lineEnd === -1 ? text.length : lineEnd, finding.end + 70);
  const flagged = text.slice(finding.start, finding.end);
  return `${text.slice(from, finding.start)}[${flagged}]${text.slice(finding.end, to)} → ${JSON.stringify(finding.suggestions.slice(0, 3))}`;
}
