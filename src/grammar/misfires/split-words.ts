import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';
import { lexiconTags } from '../../model/tagger-lexicon.js';

// Penn tags of closed-class words: a run-together word is a slip when one of its parts is one of these.
const FUNCTION_TAGS = new Set(['DT', 'IN', 'TO', 'CC', 'PRP', 'PRP$', 'MD', 'WDT', 'WP', 'WRB', 'EX', 'PDT', 'RP']);
// Particles that open closed compounds ("outsprinted", "upfield", "underpriced", "offputting").
const PREFIX_PARTICLES = new Set(['out', 'up', 'over', 'under', 'off', 'down', 'back', 'on', 'in', 'by', 'through']);

/**
 * True when Harper's split of a run-together word (harper.js `SplitWords`) splits a real compound or
 * a misspelling. On the dev news it split closed compounds the dictionary lacks ("rainless" → "rain
 * less", "drugmaker", "outjumped", "weblinks"), names ("iCan", "3ami") and misspellings into nonsense
 * ("apalling" → "a palling"). The slips it is right about join a function word to a word
 * ("atall", "thefirst", "hesaid", "willingto").
 */
export function isRealCompound(finding: HarperFinding, document: NewsDocument): boolean {
  const flagged = document.source.slice(finding.start, finding.end);
  const around = document.source.slice(Math.max(0, finding.start - 1), finding.end + 1);
  if (/^\p{Lu}/u.test(flagged) || /\p{Ll}\p{Lu}/u.test(flagged.slice(0, 2)) || /[-‐\d]/.test(around)) return true;
  if (lexiconTags(flagged.toLowerCase().replace(/['’]s$/, '')) !== undefined) return true;
  return !finding.suggestions.some((split) => isSlipSplit(split.split(/\s+/)));
}

function isSlipSplit(parts: readonly string[]): boolean {
  // A lone "a" or "i" split off the end is a foreign or misspelt word ("weta" → "wet a", "noi" → "no i").
  if (!parts.every((part) => isWord(part)) || /^[ai]$/.test(parts[parts.length - 1]!)) return false;
  return parts.some((part, index) => isFunctionWord(part) && !(index === 0 && PREFIX_PARTICLES.has(part.toLowerCase())));
}

// Parts of one or two letters are words only when they are common ones, not "fa it" or "pl any".
function isWord(part: string): boolean {
  const lower = part.toLowerCase();
  if (lower.length <= 2) return ['a', 'i', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we'].includes(lower);
  return lexiconTags(lower) !== undefined;
}

function isFunctionWord(part: string): boolean {
  const tags = lexiconTags(part.toLowerCase());
  return tags !== undefined && FUNCTION_TAGS.has(tags[0]!);
}
