import type { Word } from '../../src/model/document.js';
import { spokenBand } from '../../src/model/spoken-frequency.js';
import { lexicalTags } from '../../src/model/tagger-lexicon.js';

/** Auxiliaries that an adverb may stand between and their verb ("have already bought", "can sometimes be"). */
const AUXILIARIES = new Set(['have', 'has', 'had', "'ve", 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'do', 'does', 'did']);

/** An adverb heard this often at least (one word in about 2^18 of speech): the lexicon also lists oddities ("sofar"). */
const COMMON_BAND = 8;

/**
 * Two words written apart between an auxiliary and its verb whose joined form the lexicon knows only as
 * an adverb: "have all ready bought" (already), "can some times be" (sometimes), "has some how managed".
 * Between an auxiliary and its verb only an adverb fits, so the two words there are the adverb split.
 */
export function splitAdverb(before: Word | undefined, first: Word, second: Word, after: Word | undefined): string | undefined {
  if (!before || !after || !AUXILIARIES.has(before.lower) || !/^VB[DNGP]?$/.test(after.tag)) return undefined;
  // "all ready", "all most": a doubled letter at the join is one letter in the adverb ("already", "almost").
  const joinings = [first.lower + second.lower, ...(/(.)\1$/.test(first.lower) ? [first.lower.slice(0, -1) + second.lower] : [])];
  return joinings.find((joined) => {
    const tags = lexicalTags(joined);
    return tags.length > 0 && tags.every((tag) => tag === 'RB') && spokenBand(joined) >= COMMON_BAND;
  });
}
