import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';

// Names the major English news styles (AP, Reuters, the BBC) keep although the country has asked for
// another: "Turkey" (Türkiye), "Ivory Coast" (Côte d'Ivoire), "East Timor" (Timor-Leste).
const NEWS_STYLE_KEEPS = new Set(['Türkiye', "Côte d'Ivoire", 'Timor-Leste']);

/**
 * True when Harper's update of an old place name (harper.js `UpdatePlaceNames`: "Bombay" → "Mumbai",
 * "Kiev" → "Kyiv") is wrong for news: a name news style keeps (86 of its 115 dev news findings were
 * "Turkey"), the old name inside a longer name ("the Bombay Stock Exchange", the film "Salaam Bombay!"),
 * or a story that also uses the new name, so the old one is a deliberate gloss or history ("Mumbai
 * (Bombay)").
 */
export function isNameNewsKeeps(finding: HarperFinding, document: NewsDocument): boolean {
  const [replacement] = finding.suggestions;
  if (replacement === undefined || NEWS_STYLE_KEEPS.has(replacement)) return true;
  if (document.source.includes(replacement)) return true;
  return isInsideLongerName(finding, document);
}

function isInsideLongerName(finding: HarperFinding, document: NewsDocument): boolean {
  const words = document.wordsIn(finding);
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return false;
  const at = document.words.indexOf(first);
  // The sentence's first word is capitalised whatever it is.
  const before = first.index > 1 ? document.words[at - 1] : undefined;
  const after = document.words[at + words.length];
  const capitalised = (word: { text: string } | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text);
  return capitalised(before) || (after !== undefined && after.index === last.index + 1 && capitalised(after));
}
