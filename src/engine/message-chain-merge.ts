import type { Diagnostic } from './types.js';

/**
 * Drops a diagnostic of a second-opinion rule (RuleMeta.secondOpinion, the Harper rules) when another
 * rule reports the same span with the same first replacement: the writer sees one slip once, from the
 * rule newslint owns and documents.
 */
export function mergeSecondOpinions(diagnostics: Diagnostic[], secondOpinions: ReadonlySet<string>): Diagnostic[] {
  if (secondOpinions.size === 0) return diagnostics;
  const firstHand = new Set(diagnostics.filter((diagnostic) => !secondOpinions.has(diagnostic.ruleId)).map(fixKey));
  return diagnostics.filter((diagnostic) => {
    const key = fixKey(diagnostic);
    return !secondOpinions.has(diagnostic.ruleId) || key === undefined || !firstHand.has(key);
  });
}

// Without a replacement there is no fix to compare, and the diagnostic may say what the other does not.
function fixKey(diagnostic: Diagnostic): string | undefined {
  const [fix] = diagnostic.expected;
  return fix === undefined ? undefined : `${diagnostic.offset}\0${diagnostic.endOffset}\0${fix}`;
}
