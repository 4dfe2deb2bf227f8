import type { FileReport } from '../reporters/types.js';
import { BASELINE_VERSION, type Baseline, type BaselineEntry } from './baseline-file.js';
import { baselineKey } from './baseline-path.js';
import { fingerprintDiagnostics } from './fingerprint.js';

const SHOWN_TEXT = 80;

/** A baseline holding every finding in `reports`; files without findings are left out. */
export function buildBaseline(reports: readonly FileReport[], baselineFolder: string): Baseline {
  const files: Record<string, BaselineEntry[]> = {};
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    const entries = new Map<string, BaselineEntry>();
    const fingerprints = fingerprintDiagnostics(report.source, report.diagnostics);
    report.diagnostics.forEach((diagnostic, i) => {
      const key = `${diagnostic.ruleId}\u0000${fingerprints[i].fingerprint}`;
      const entry = entries.get(key);
      if (entry) entry.count++;
      else entries.set(key, { ruleId: diagnostic.ruleId, fingerprint: fingerprints[i].fingerprint, count: 1, text: shorten(diagnostic.actual) });
    });
    files[baselineKey(report.filePath, baselineFolder)] = [...entries.values()];
  }
  return { version: BASELINE_VERSION, files };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SHOWN_TEXT ? `${flat.slice(0, SHOWN_TEXT - 1)}\u2026` : flat;
}
