import type { Diagnostic } from '../engine/types.js';
import { applyFixes } from './apply-fixes.js';

/** Lints a BOM-less text; offsets in the diagnostics point into that text. */
export type LintText = (text: string) => Promise<Diagnostic[]>;

/** The outcome of fixing a text until no safe fix is left. */
export interface StableFix {
  /** The fixed text (with the BOM back if the input had one). */
  output: string;
  /** How many passes applied at least one fix. */
  passes: number;
  /** How many fixes were applied over all passes. */
  fixCount: number;
  /** The diagnostics of `output`: what is left for a person to look at. */
  diagnostics: Diagnostic[];
  /** False when the pass limit was hit, or the fixes went round in a circle, with safe fixes still pending. */
  stable: boolean;
}

const BOM = '\uFEFF';

/**
 * Lints, applies the safe fixes and lints again until nothing changes, for at most `maxPasses` fixing
 * passes (ESLint's limit of 10 by default): a fix can reveal or unblock another.
 */
export async function fixUntilStable(text: string, lintText: LintText, maxPasses = 10): Promise<StableFix> {
  const bom = text.startsWith(BOM) ? BOM : '';
  let current = bom ? text.slice(1) : text;
  const seen = new Set([current]);
  let passes = 0;
  let fixCount = 0;
  let diagnostics = await lintText(current);
  while (true) {
    const { output, applied } = applyFixes(current, diagnostics);
    if (applied.length === 0) return { output: bom + current, passes, fixCount, diagnostics, stable: true };
    if (passes === maxPasses || seen.has(output)) {
      return { output: bom + current, passes, fixCount, diagnostics, stable: false };
    }
    passes++;
    fixCount += applied.length;
    current = output;
    seen.add(current);
    diagnostics = await lintText(current);
  }
}
