import type { TestArticle } from './draft.js';
import type { Finding } from './lint-test-set.js';

/** Caught out of planted, for one rule and one injection type. */
export interface RecallCount {
  caught: number;
  planted: number;
}

/** How one rule did over the whole test set. */
export interface RuleScore {
  rule: string;
  /** Injection type → recall counts, for the defects planted for this rule. */
  recall: Map<string, RecallCount>;
  /** Diagnostics on a line where a defect for this rule was planted. */
  truePositives: number;
  /** Its diagnostics on its own test set: the articles planted for it, and the clean ones. */
  diagnostics: number;
  cleanDiagnostics: number;
  cleanArticles: number;
}

function overlaps(finding: Finding, startLine: number, endLine: number): boolean {
  return finding.line <= endLine && finding.endLine >= startLine;
}

/**
 * Matches findings to planted defects, per rule. Precision is taken over the rule's own test set (the
 * articles planted for it plus the clean ones): another rule's injector can create a real defect of this
 * kind (a moved paragraph brings its unattributed quote, a re-spelled word mixes spelling), and counting
 * those as false alarms would make every rule's precision fall as injectors are added. Within that set
 * a finding on any line not planted for the rule is a false alarm.
 */
export function scoreRules(tests: readonly TestArticle[], findings: readonly Finding[][], rules: readonly string[]): RuleScore[] {
  return rules.map((rule) => {
    const score: RuleScore = { rule, recall: new Map(), truePositives: 0, diagnostics: 0, cleanDiagnostics: 0, cleanArticles: 0 };
    tests.forEach((test, i) => {
      const own = findings[i].filter((finding) => finding.ruleId === rule);
      const defects = test.defects.filter((defect) => defect.rule === rule);
      for (const defect of defects) {
        const count = score.recall.get(defect.injector) ?? { caught: 0, planted: 0 };
        count.planted++;
        if (own.some((finding) => overlaps(finding, defect.startLine, defect.endLine))) count.caught++;
        score.recall.set(defect.injector, count);
      }
      const ownTestSet = test.injector === undefined || defects.length > 0;
      if (!ownTestSet) return;
      score.diagnostics += own.length;
      score.truePositives += own.filter((finding) => defects.some((defect) => overlaps(finding, defect.startLine, defect.endLine))).length;
      if (test.injector === undefined) {
        score.cleanArticles++;
        score.cleanDiagnostics += own.length;
      }
    });
    return score;
  });
}

/** Share of a rule's diagnostics that hit a planted defect (1 when it said nothing). */
export function precisionOf(score: RuleScore): number {
  return score.diagnostics === 0 ? 1 : score.truePositives / score.diagnostics;
}

/** Diagnostics per 100 clean articles. */
export function falseAlarmsPer100(score: RuleScore): number {
  return score.cleanArticles === 0 ? 0 : (100 * score.cleanDiagnostics) / score.cleanArticles;
}

/** Caught share of planted defects. */
export function recallOf(count: RecallCount): number {
  return count.planted === 0 ? 0 : count.caught / count.planted;
}
