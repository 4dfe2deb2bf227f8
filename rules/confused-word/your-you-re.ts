import { lexicalTags } from '../../src/model/tagger-lexicon.js';
import { isPossessor } from '../english/possessor-nouns.js';
import type { ConfusionCheck } from './context.js';
import { PREPOSITIONS } from './word-classes.js';

/** "your going to" for "you're"; "you're own" for "your". */
export const yourYouRe: ConfusionCheck = {
  pair: "your / you're",
  words: ['your', "you're"],
  check(context) {
    if (context.lower(0) === 'your') {
      if (context.followedBy('going to') || context.followedBy('not') || (context.followedBy('welcome') && context.endsClause(1))) {
        return { expected: "you're", why: `before “${context.lower(1)}”`, safe: true };
      }
      if (/^(a|an|the)$/.test(context.lower(1)) && context.joined(0, 1)) return { expected: "you're", why: `before “${context.lower(1)}”`, safe: false };
      // "Your sincerely," closes a letter with "Yours".
      if (/^(sincerely|truly|faithfully)$/.test(context.lower(1)) && context.joined(0, 1)) return { expected: 'yours', why: `before “${context.lower(1)}”`, safe: true };
      // "your should", "have your seen": a subject before a verb is "you".
      if (context.joined(0, 1) && (context.tag(1) === 'MD' || (context.tag(1) === 'VBN' && /^(have|has|had)$/.test(context.lower(-1))))) return { expected: 'you', why: `before “${context.lower(1)}”`, safe: false };
      // "Your beautiful.", "your so annoying": an adjective with no noun after it needs "you're".
      let adjective = 1;
      if (/^(so|too|very|really)$/.test(context.lower(1))) adjective = 2;
      // After a degree word the next word cannot be a possessed noun, so an -ing adjective counts too ("your so annoying").
      const onlyAdjective = adjective === 2 || !lexicalTags(context.lower(adjective)).some((tag) => tag.startsWith('NN') || tag.startsWith('VB'));
      const clauseStart = !context.at(-1) || /^(that|if|because|when|think|know|say|said)$/.test(context.lower(-1));
      const degreeAdjective = adjective === 2 && lexicalTags(context.lower(2)).some((tag) => tag === 'JJ' || tag === 'VBG');
      if ((/^(JJ|JJR)$/.test(context.tag(adjective)) || degreeAdjective) && onlyAdjective && clauseStart && context.joined(0, adjective) && context.endsClause(adjective)) {
        return { expected: "you're", why: `before “${context.lower(adjective)}”`, safe: false };
      }
      // "I hope your safe there", "hope your fine": after "hope" a clause follows, and a word that can be an
      // adjective ending it needs a subject and "are".
      if (context.at(-1)?.lemma === 'hope' && (/^VB/.test(context.tag(-1)) || context.at(-1)!.index === 0) && context.joined(-1, 1) && lexicalTags(context.lower(1)).includes('JJ')) {
        const placeAfter = /^(here|there|now|too|today|tonight|again|out|over|back|and)$/.test(context.lower(2));
        if (context.endsClause(1) || placeAfter) return { expected: "you're", why: `after “${context.lower(-1)}”`, safe: false };
      }
      return undefined;
    }
    if (context.followedBy('own')) return { expected: 'your', why: 'before “own”', safe: true };
    if (PREPOSITIONS.has(context.lower(-1)) && context.joined(-1, 1) && /^(NN|NNS|JJ)$/.test(context.tag(1))) return { expected: 'your', why: `as a possessive after “${context.lower(-1)}”`, safe: false };
    return undefined;
  },
};

/** Plural nouns for people that stand after "you" as its apposition ("you guys", "you lot"), beyond the owner nouns. */
const ADDRESSED_GROUPS = new Set(['guys', 'folks', 'people', 'lot', 'lads', 'kids', 'boys', 'girls', 'ladies', 'gentlemen', 'fools', 'idiots', 'children', 'men', 'women', 'all', 'both', 'two', 'three']);

/**
 * "You comments may end up in the report", "You comment is fair" for "Your": a sentence opening on "You",
 * a noun for a thing, and a finite verb (after a singular, one "you" never takes). "You guys are", "You
 * parents need" address people, who stand beside "you".
 */
export const youYour: ConfusionCheck = {
  pair: 'you / your',
  words: ['you'],
  check(context) {
    if (context.at(-1) !== undefined || !context.joined(0, 2)) return undefined;
    // A plural before any finite verb; a singular only before one that "you" never takes ("You comment is").
    const plural = context.tag(1) === 'NNS' && /^(MD|VBP|VBD)$/.test(context.tag(2));
    // The tagger may read the singular as the verb of "you"; a noun reading and the "is" after it overrule that.
    const singular = context.tag(2) === 'VBZ' && !/['’]/.test(context.lower(2)) && (context.tag(1) === 'NN' || (/^VBP?$/.test(context.tag(1)) && lexicalTags(context.lower(1)).includes('NN')));
    if (!plural && !singular) return undefined;
    const noun = context.at(1)!;
    const singularForm = plural ? noun.lemma : noun.lower;
    if (noun.text !== noun.lower || ADDRESSED_GROUPS.has(noun.lower) || isPossessor(singularForm) || /(er|or|ist|ian|ee)$/.test(singularForm)) return undefined;
    // A plural the lexicon also knows as a plain verb form may be the verb of "you" itself; before "is" or "has" it cannot.
    if (plural && lexicalTags(noun.lower).some((tag) => tag === 'VBP' || tag === 'VB')) return undefined;
    return { expected: 'your', why: `before the noun “${noun.text}” and its verb`, safe: false };
  },
};
