import { readJsonFile } from '../read-json-file.js';
import { falseAlarmsPer100, precisionOf, recallOf, type RuleScore } from './score.js';

/** The floor one rule must stay above, as kept in thresholds.json. */
export interface RuleThresholds {
  /** Injection type → lowest acceptable recall. */
  recall?: Record<string, number>;
  precision?: number;
  maxFalseAlarmsPer100Clean?: number;
}

/** Reads thresholds.json: rule id → thresholds. Throws a one-line error naming the file. */
export function readThresholds(path: string): Record<string, RuleThresholds> {
  return readJsonFile<Record<string, RuleThresholds>>(path);
}

/** Every threshold a rule misses, one line each ("off-topic-paragraph: precision 0.85 < 0.90"). */
export function checkThresholds(scores: readonly RuleScore[], thresholds: Record<string, RuleThresholds>): string[] {
  const failures: string[] = [];
  for (const score of scores) {
    const floor = thresholds[score.rule];
    if (!floor) continue;
    for (const [injector, minimum] of Object.entries(floor.recall ?? {})) {
      const count = score.recall.get(injector);
      if (!count || count.planted === 0) failures.push(`${score.rule}: no ${injector} defects were planted`);
      else if (recallOf(count) < minimum) failures.push(`${score.rule}: recall on ${injector} ${recallOf(count).toFixed(2)} < ${minimum.toFixed(2)}`);
    }
    if (floor.precision !== undefined && precisionOf(score) < floor.precision) {
      failures.push(`${score.rule}: precision ${precisionOf(score).toFixed(2)} < ${floor.precision.toFixed(2)}`);
    }
    const maxAlarms = floor.maxFalseAlarmsPer100Clean;
    if (maxAlarms !== undefined && falseAlarmsPer100(score) > maxAlarms) {
      failures.push(`${score.rule}: ${falseAlarmsPer100(score).toFixed(1)} false alarms per 100 clean articles > ${maxAlarms}`);
    }
  }
  return failures;
}
