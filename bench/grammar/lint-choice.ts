import type { CorpusName } from './examples.js';
import type { LintEvidence, LintRecord } from './lint-evidence.js';

/** The most false alarms a lint selection may raise, and the least a lint must buy with each one. */
export interface ChoiceBudget {
  /** Highest share of each suite's correct sentences the chosen lints together may flag. */
  falseAlarmRate: Record<CorpusName, number>;
  /** Highest findings per 1,000 words of clean news (BBC and web dev together), every one taken as false. */
  newsPerThousandWords: number;
  /** Fewest example catches a lint must add per false alarm it adds (a flagged sentence or a news finding). */
  catchesPerFalseAlarm: number;
  /** How many flagged example sentences one news finding counts as in that ratio: a false alarm in real copy costs an editor more. */
  newsFindingWeight: number;
}

/** One lint as the greedy choice took it, with what it added. */
export interface ChoiceStep {
  name: string;
  caught: Record<CorpusName, number>;
  falseAlarms: Record<CorpusName, number>;
  news: number;
}

/** The chosen lints in the order they were taken, and the figures they reach together. */
export interface Choice {
  steps: ChoiceStep[];
  /** Why each candidate that fired but was not taken was left out, judged against the final choice. */
  leftOut: Map<string, string>;
  caught: Record<CorpusName, number>;
  falseAlarms: Record<CorpusName, number>;
  news: number;
}

const CORPORA: readonly CorpusName[] = ['harper', 'languagetool'];

/**
 * Greedy choice under budgets: each round takes the lint that adds the most new catches (Harper's and
 * LanguageTool's examples together) per unit of budget it spends, where the spend is its new flagged
 * correct sentences and its news findings, each as a share of its budget. A lint must fit every budget
 * and buy `catchesPerFalseAlarm` catches with each false alarm. `taken` lints (read as real slips on
 * news) go in first. Lints that cost nothing (no news finding, no flagged correct sentence in either
 * suite) are taken last even when their catches overlap others': a dev catch is one sample of what a
 * lint finds, and a second lint on the same slip keeps it caught where the first misreads a sentence.
 * Lints that never fired anywhere in the dev data (an empty record) cost nothing measured and are taken
 * with them: the engine reports only the kinds newslint maps to a rule, so a spelling lint among them
 * still never speaks.
 */
export function chooseLints(evidence: LintEvidence, candidates: readonly string[], budget: ChoiceBudget, taken: readonly string[] = []): Choice {
  const caught = { harper: new Set<number>(), languagetool: new Set<number>() };
  const flagged = { harper: new Set<number>(), languagetool: new Set<number>() };
  const newsWords = evidence.newsWords.bbc + evidence.newsWords.web;
  const limits = {
    harper: budget.falseAlarmRate.harper * evidence.totals.harper.correct,
    languagetool: budget.falseAlarmRate.languagetool * evidence.totals.languagetool.correct,
    news: (budget.newsPerThousandWords * newsWords) / 1000,
  };
  const choice: Choice = { steps: [], leftOut: new Map(), caught: { harper: 0, languagetool: 0 }, falseAlarms: { harper: 0, languagetool: 0 }, news: 0 };
  const remaining = new Set(candidates.filter((name) => evidence.lints.has(name) && !taken.includes(name)));
  // Lints taken up front: their example false alarms count against the budgets, their news findings do not.
  for (const name of taken.filter((known) => evidence.lints.has(known))) {
    const step = marginal(name, evidence.lints.get(name)!, caught, flagged);
    take(evidence.lints.get(name)!, caught, flagged);
    choice.steps.push({ ...step, news: 0 });
  }
  for (;;) {
    let best: { step: ChoiceStep; score: number; gain: number } | undefined;
    choice.leftOut.clear();
    for (const name of remaining) {
      const step = marginal(name, evidence.lints.get(name)!, caught, flagged);
      const gain = step.caught.harper + step.caught.languagetool;
      const falseAlarms = step.falseAlarms.harper + step.falseAlarms.languagetool + budget.newsFindingWeight * step.news;
      if (gain === 0) {
        choice.leftOut.set(name, 'adds no catch');
        continue;
      }
      if (gain < budget.catchesPerFalseAlarm * falseAlarms) {
        choice.leftOut.set(name, `${gain} catches for ${falseAlarms} false alarms`);
        continue;
      }
      const fits = CORPORA.every((corpus) => flagged[corpus].size + step.falseAlarms[corpus] <= limits[corpus]) && choice.news + step.news <= limits.news;
      if (!fits) {
        choice.leftOut.set(name, 'over budget');
        continue;
      }
      const spend =
        step.falseAlarms.harper / limits.harper + step.falseAlarms.languagetool / limits.languagetool + step.news / Math.max(limits.news, 1);
      const score = spend === 0 ? Number.POSITIVE_INFINITY : gain / spend;
      if (best === undefined || score > best.score || (score === best.score && gain > best.gain)) best = { step, score, gain };
    }
    if (best === undefined) break;
    take(evidence.lints.get(best.step.name)!, caught, flagged);
    choice.news += best.step.news;
    choice.steps.push(best.step);
    remaining.delete(best.step.name);
  }
  for (const name of remaining) {
    const record = evidence.lints.get(name)!;
    const free = record.news.bbc + record.news.web === 0 && CORPORA.every((corpus) => record.falseAlarms[corpus].length === 0);
    if (!free) continue;
    const step = marginal(name, record, caught, flagged);
    take(record, caught, flagged);
    choice.steps.push(step);
    choice.leftOut.delete(name);
  }
  for (const corpus of CORPORA) {
    choice.caught[corpus] = caught[corpus].size;
    choice.falseAlarms[corpus] = flagged[corpus].size;
  }
  return choice;
}

function take(record: LintRecord, caught: Record<CorpusName, Set<number>>, flagged: Record<CorpusName, Set<number>>): void {
  for (const corpus of CORPORA) {
    for (const index of record.caught[corpus]) caught[corpus].add(index);
    for (const index of record.falseAlarms[corpus]) flagged[corpus].add(index);
  }
}

function marginal(
  name: string,
  record: LintRecord,
  caught: Record<CorpusName, Set<number>>,
  flagged: Record<CorpusName, Set<number>>,
): ChoiceStep {
  const added = (indices: readonly number[], seen: Set<number>) => indices.filter((index) => !seen.has(index)).length;
  return {
    name,
    caught: { harper: added(record.caught.harper, caught.harper), languagetool: added(record.caught.languagetool, caught.languagetool) },
    falseAlarms: {
      harper: added(record.falseAlarms.harper, flagged.harper),
      languagetool: added(record.falseAlarms.languagetool, flagged.languagetool),
    },
    news: record.news.bbc + record.news.web,
  };
}
