import type { TestArticle } from './draft.js';
import type { Finding } from './lint-test-set.js';
import { falseAlarmsPer100, precisionOf, recallOf, type RuleScore } from './score.js';

function row(label: string, value: string, detail: string): string {
  return `  ${label.padEnd(44)}${value.padStart(6)}  ${detail}`;
}

/** The per-rule figures as a plain-text table. */
export function formatScores(scores: readonly RuleScore[]): string {
  const lines: string[] = [];
  for (const score of scores) {
    lines.push(score.rule);
    for (const [injector, count] of [...score.recall.entries()].sort()) {
      lines.push(row(`recall, ${injector}`, recallOf(count).toFixed(2), `${count.caught}/${count.planted}`));
    }
    lines.push(row('precision', precisionOf(score).toFixed(2), `${score.truePositives}/${score.diagnostics}`));
    lines.push(row('false alarms per 100 clean articles', falseAlarmsPer100(score).toFixed(1), `${score.cleanDiagnostics} in ${score.cleanArticles}`));
  }
  return lines.join('\n');
}

/** Lists missed defects and false alarms with the lines involved, for reading failures on the dev split. */
export function formatFailures(tests: readonly TestArticle[], findings: readonly Finding[][], rules: readonly string[]): string {
  const lines: string[] = [];
  tests.forEach((test, i) => {
    const textLines = test.text.split('\n');
    const excerpt = (line: number) => textLines[line - 1]?.slice(0, 160) ?? '';
    for (const defect of test.defects.filter((d) => rules.includes(d.rule))) {
      const caught = findings[i].some((f) => f.ruleId === defect.rule && f.line <= defect.endLine && f.endLine >= defect.startLine);
      if (!caught) lines.push(`MISS ${defect.rule} ${test.id}:${defect.startLine} ${excerpt(defect.startLine)}`);
    }
    for (const finding of findings[i].filter((f) => rules.includes(f.ruleId))) {
      const hit = test.defects.some((d) => d.rule === finding.ruleId && finding.line <= d.endLine && finding.endLine >= d.startLine);
      if (!hit) lines.push(`FALSE ${finding.ruleId} ${test.id}:${finding.line} ${finding.message}\n      ${excerpt(finding.line)}`);
    }
  });
  return lines.join('\n');
}
