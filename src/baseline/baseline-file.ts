import { readFile } from 'node:fs/promises';
import { UserError } from '../cli/user-error.js';

/** Bumped when the fingerprint recipe or the file layout changes; older files are refused, not misread. */
export const BASELINE_VERSION = 1;

/** Known findings of one rule with one fingerprint in one file. */
export interface BaselineEntry {
  ruleId: string;
  fingerprint: string;
  /** How many findings share the fingerprint. */
  count: number;
  /** The flagged text (shortened), so a reviewer can read the baseline's diff. */
  text: string;
}

/** The baseline file: known findings per file path (relative to the baseline file, `/` separators). */
export interface Baseline {
  version: typeof BASELINE_VERSION;
  files: Record<string, BaselineEntry[]>;
}

/** Read and check a baseline file; problems become one-line errors naming the file. */
export async function readBaseline(path: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`${path}: cannot read the baseline (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: the baseline is not valid JSON (${(error as Error).message})`);
  }
  const baseline = data as Partial<Baseline>;
  if (baseline?.version !== BASELINE_VERSION) {
    throw new UserError(`${path}: unsupported baseline version \`${String(baseline?.version)}\` (expected ${BASELINE_VERSION}; write a new one with --write-baseline)`);
  }
  if (typeof baseline.files !== 'object' || baseline.files === null) throw new UserError(`${path}: the baseline has no \`files\` object`);
  for (const [file, entries] of Object.entries(baseline.files)) {
    if (!Array.isArray(entries) || !entries.every(isEntry)) throw new UserError(`${path}: malformed entries for \`${file}\` in the baseline`);
  }
  return baseline as Baseline;
}

/** Write a baseline atomically, files and entries sorted so the file diffs cleanly. */
export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  const files: Record<string, BaselineEntry[]> = {};
  for (const file of Object.keys(baseline.files).sort()) {
    files[file] = [...baseline.files[file]].sort((a, b) => compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));
  }
  // Loaded on demand, so runs without --write-baseline do not pay for it at start-up.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(path, `${JSON.stringify({ version: baseline.version, files }, null, 2)}\n`);
}

function isEntry(entry: unknown): entry is BaselineEntry {
  const candidate = entry as BaselineEntry;
  return typeof candidate?.ruleId === 'string' && typeof candidate.fingerprint === 'string' && Number.isInteger(candidate.count) && candidate.count > 0;
}

// Code-unit order, not locale order, so the file is the same on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
