import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';
import { lexiconTags } from '../../model/tagger-lexicon.js';
import { isInCode, isPartOfName, isRepeated } from './finding-context.js';

// Consonant pairs that open English syllables: an acronym that starts with one ("Nato", "Opec",
// "Unicef") is said as a word, which is when news style writes it with one capital.
const OPENING_PAIRS = new Set(['bl', 'br', 'ch', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'kn', 'ph', 'pl', 'pr', 'sc', 'sh', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'th', 'tr', 'tw', 'wh', 'wr', 'qu']);

/**
 * True when Harper's casing fix (harper.js `OrthographicConsistency`) goes against news style. On the
 * dev news it mostly asked for "OPEC", "NASDAQ", "SAM" (Sam Raimi), "DA" (Lula da Silva), "Leblanc" for
 * "LeBlanc", "who's" for the title "Who's Next", and for "JS"/"HTTPS" inside code. What it is right about
 * is brand casing ("linkedin" → "LinkedIn", "Paypal" → "PayPal"), initialisms written as words ("Fbi",
 * "Dna"), a lower-case "i'm", and "ok" → "OK", each written once; a spelling the story repeats is its style.
 */
export function isHouseStyleCasing(finding: HarperFinding, document: NewsDocument): boolean {
  const flagged = document.source.slice(finding.start, finding.end);
  const suggestion = finding.suggestions[0];
  if (suggestion === undefined || isInCode(document.source, finding.start, finding.end)) return true;
  // Written the same way more than once in the story, the casing is the house's or the author's choice
  // ("eurozone", "Voip", "hg" in a tutorial), not a slip.
  if (isRepeated(flagged, document.source)) return true;
  const camel = /\p{Ll}\p{Lu}/u.test(suggestion) || /^\p{Ll}+\p{Lu}/u.test(suggestion);
  const allCaps = suggestion === suggestion.toUpperCase();
  if (/^[\p{Ll}'’]+$/u.test(flagged)) {
    if (/^i['’]/.test(flagged)) return false;
    // "Lula da Silva", "Banca Nazionale del Lavoro": particles of a name stay lower case.
    if (isPartOfName(finding, document)) return true;
    if (camel || allCaps) return false;
    // A capital Harper wants on a word the lexicon knows in lower case ("goth", "blanche") is a preference.
    return (lexiconTags(flagged) ?? []).some((tag) => !tag.startsWith('NNP'));
  }
  if (/^\p{Lu}[\p{Ll}'’]+$/u.test(flagged)) {
    if (isPartOfName(finding, document)) return true;
    if (camel) return false;
    // "Opec", "Nasdaq", "Nato": house style for acronyms said as words; "Fbi" and "Dna" are not.
    return !allCaps || isSaidAsWord(flagged);
  }
  // Mixed or all capitals: keep only casing no name has ("it'S", "We'Re", "cHrOmE").
  return !/['’]\p{Lu}/u.test(flagged) && (flagged.match(/\p{Ll}\p{Lu}|\p{Lu}\p{Ll}/gu)?.length ?? 0) < 4;
}

function isSaidAsWord(word: string): boolean {
  const letters = word.toLowerCase().replace(/['’]s$/, '');
  const opening = /^[^aeiouy]*/.exec(letters)![0];
  return /[aeiouy]/.test(letters) && (opening.length < 2 || OPENING_PAIRS.has(opening)) && !/[^aeiouy]{4}/.test(letters);
}
