import type { FileReport } from '../reporters/types.js';
import type { Baseline } from './baseline-file.js';
import { baselineKey } from './baseline-path.js';
import { fingerprintDiagnostics } from './fingerprint.js';

/** Reports without the findings the baseline already knows, and how many were left out. */
export interface BaselineOutcome {
  reports: FileReport[];
  suppressed: number;
}

/**
 * Drop findings the baseline holds. Each baseline entry covers `count` findings with its rule and
 * fingerprint, so deleting one of two duplicates keeps the other covered and adding a third reports one.
 */
export function applyBaseline(reports: readonly FileReport[], baseline: Baseline, baselineFolder: string): BaselineOutcome {
  let suppressed = 0;
  const kept = reports.map((report) => {
    const entries = baseline.files[baselineKey(report.filePath, baselineFolder)];
    if (!entries || report.diagnostics.length === 0) return report;
    const budget = new Map<string, number>();
    for (const entry of entries) budget.set(`${entry.ruleId}\u0000${entry.fingerprint}`, entry.count);
    const fingerprints = fingerprintDiagnostics(report.source, report.diagnostics);
    const diagnostics = report.diagnostics.filter((diagnostic, i) => {
      const key = `${diagnostic.ruleId}\u0000${fingerprints[i].fingerprint}`;
      const left = budget.get(key) ?? 0;
      if (left === 0) return true;
      budget.set(key, left - 1);
      suppressed++;
      return false;
    });
    return { ...report, diagnostics };
  });
  return { reports: kept, suppressed };
}
