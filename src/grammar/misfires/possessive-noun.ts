import type { NewsDocument } from '../../model/document.js';
import type { HarperFinding } from '../harper-linter.js';
import { lexiconTags } from '../../model/tagger-lexicon.js';

// Plurals of nouns for people ("farmers", "scientists", "players", "referees"): the possessors the
// slip leaves without an apostrophe, while things stand before a noun as plain modifiers ("a drugs
// test", "the singles chart", "the telecoms boom").
const PEOPLE_PLURAL = /(?:er|or|ist|ian|ant|ent|ee|eer)s$/;
// Penn tags of the words that open a noun phrase.
const DETERMINERS = new Set(['DT', 'PRP$', 'WP$', 'PDT']);

/**
 * True when Harper's missing-apostrophe finding (harper.js `PossessiveNoun`: "the farmers field" →
 * "farmer's") is a plural noun used as a modifier or a subject, or a plural of things. On the dev news
 * it mostly read names ("BBC News website", "Champions League", "the Times newspaper"), nouns whose
 * plural is their usual form before another noun ("a drugs test", "a games console", "the sales
 * battleground", "news agency") and a plural subject before its verb ("the unions claim", "the figures
 * point").
 */
export function isPluralModifier(finding: HarperFinding, document: NewsDocument): boolean {
  const index = document.words.findIndex((word) => word.start < finding.end && finding.start < word.end);
  if (index === -1) return false;
  const flagged = document.words[index]!;
  const next = document.words[index + 1];
  const previous = flagged.index > 0 ? document.words[index - 1] : undefined;
  if (/^\p{Lu}/u.test(flagged.text)) return true;
  if (!PEOPLE_PLURAL.test(flagged.lower) && flagged.lower !== 'others') return true;
  // "news", "data", "sales": the lexicon also reads them as a singular noun or an adjective, so "new's" is no fix.
  if ((lexiconTags(flagged.lower) ?? []).some((tag) => tag === 'NN' || tag === 'JJ')) return true;
  // The slip Harper is right about sits between a determiner and the possessed noun: "the farmers field",
  // "each others notes". A noun or a name before the plural makes it part of a compound ("UK singles chart").
  if (previous === undefined || !DETERMINERS.has(previous.tag)) return true;
  if (next === undefined || next.index !== flagged.index + 1 || /^\p{Lu}/u.test(next.text)) return true;
  return !next.tag.startsWith('NN');
}
