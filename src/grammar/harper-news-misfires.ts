import type { NewsDocument } from '../model/document.js';
import type { HarperFinding } from './harper-linter.js';
import { isHouseStyleCasing } from './misfires/orthographic-consistency.js';
import { isRepeated } from './misfires/finding-context.js';
import { isOnName } from './misfires/proper-name.js';
import { isLetterNotPronoun } from './misfires/personal-pronoun.js';
import { isPluralModifier } from './misfires/possessive-noun.js';
import { isRealCompound } from './misfires/split-words.js';
import { isNotGreeting } from './misfires/greeting.js';
import { isPrepositionalPhrase } from './misfires/compound-adjective.js';
import { isNotComparison } from './misfires/comparative-that.js';
import { isNotHeadNoun } from './misfires/one-of-many.js';
import { isObjectOfPreposition } from './misfires/whom-object.js';
import { isSignOfSomethingElse } from './misfires/currency-sign.js';
import { isNameNewsKeeps } from './misfires/place-name.js';
import { isNotBeforeBareVerb } from './misfires/missing-to.js';
import { isClauseAfterHow } from './misfires/how-to.js';

/**
 * Harper lints that flood news copy, with the check that tells which of their findings a copy editor
 * would reject: Harper reads one sentence of generic English, while newslint knows the document's
 * names, code and lexicon. Measured with bench/grammar/select-lints.ts (bench/grammar/HARPER.md).
 */
const NEWS_MISFIRES: Readonly<Record<string, (finding: HarperFinding, document: NewsDocument) => boolean>> = {
  OrthographicConsistency: isHouseStyleCasing,
  PossessiveNoun: isPluralModifier,
  SplitWords: isRealCompound,
  CapitalizePersonalPronouns: isLetterNotPronoun,
  // A product name the story writes the same way every time is its maker's spelling ("the Mac mini").
  AppleNames: (finding, document) => isRepeated(document.source.slice(finding.start, finding.end), document.source),
  // Read names as common words: "Defra" → "Infra", "INSEE" → "UNSEE", the band The Who as "the who".
  WrongNegative: isOnName,
  TheHowWhy: isOnName,
  HelloGreeting: isNotGreeting,
  InDemandInDepth: isPrepositionalPhrase,
  ThatThan: isNotComparison,
  OneOfTheSingular: isNotHeadNoun,
  WhomSubjectOfVerb: isObjectOfPreposition,
  CurrencyPlacement: isSignOfSomethingElse,
  UpdatePlaceNames: isNameNewsKeeps,
  MissingTo: isNotBeforeBareVerb,
  HowTo: isClauseAfterHow,
};

/** True for a finding of a lint that floods news copy when the document shows it to be wrong for news. */
export function isNewsMisfire(finding: HarperFinding, document: NewsDocument): boolean {
  return NEWS_MISFIRES[finding.ruleName]?.(finding, document) ?? false;
}
