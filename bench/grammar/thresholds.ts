import { readJsonFile } from '../read-json-file.js';
import type { CorpusName } from './examples.js';
import type { Tally } from './score.js';

/** Floors one checker must stay within on one example corpus. */
export interface CorpusFloor {
  /** Lowest acceptable share of error sentences caught on their marker. */
  minRecall?: number;
  /** Highest acceptable share of correct sentences with any finding. */
  maxFalseAlarmRate?: number;
}

/** What thresholds.json holds for one checker. */
export interface CheckerFloors {
  corpora?: Partial<Record<CorpusName, CorpusFloor>>;
  /** Highest acceptable diagnostics per 1,000 words on the clean BBC sample. */
  maxNewsPerThousandWords?: number;
}

/** Reads thresholds.json: checker name → floors. Throws a one-line error naming the file. */
export function readGrammarThresholds(path: string): Record<string, CheckerFloors> {
  return readJsonFile<Record<string, CheckerFloors>>(path);
}

/** Measured figures of one checker, as the floors are checked against them. */
export interface CheckerFigures {
  corpora: Partial<Record<CorpusName, Tally>>;
  /** Undefined when no news articles were linted. */
  newsPerThousandWords?: number;
}

/** Every floor a checker misses, one line each ("newslint: languagetool recall 0.180 < 0.200"). */
export function checkGrammarThresholds(name: string, figures: CheckerFigures, floors: CheckerFloors): string[] {
  const failures: string[] = [];
  for (const [corpus, floor] of Object.entries(floors.corpora ?? {}) as Array<[CorpusName, CorpusFloor]>) {
    const tally = figures.corpora[corpus];
    if (tally === undefined || tally.errors === 0 || tally.correct === 0) {
      failures.push(`${name}: no ${corpus} examples were scored`);
      continue;
    }
    const recall = tally.caught / tally.errors;
    const falseAlarmRate = tally.falseAlarms / tally.correct;
    if (floor.minRecall !== undefined && recall < floor.minRecall) {
      failures.push(`${name}: ${corpus} recall ${recall.toFixed(3)} < ${floor.minRecall}`);
    }
    if (floor.maxFalseAlarmRate !== undefined && falseAlarmRate > floor.maxFalseAlarmRate) {
      failures.push(`${name}: ${corpus} false-alarm rate ${falseAlarmRate.toFixed(3)} > ${floor.maxFalseAlarmRate}`);
    }
  }
  const maxNews = floors.maxNewsPerThousandWords;
  if (maxNews !== undefined && figures.newsPerThousandWords !== undefined && figures.newsPerThousandWords > maxNews) {
    failures.push(`${name}: ${figures.newsPerThousandWords.toFixed(2)} diagnostics per 1,000 words of clean news > ${maxNews}`);
  }
  return failures;
}
