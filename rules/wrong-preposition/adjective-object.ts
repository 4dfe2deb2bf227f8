import type { Sentence, Word } from '../../src/model/document.js';
import { lexicalTags } from '../../src/model/tagger-lexicon.js';

/** Adjectives and the preposition that brings in their object ("famous for", "interested in"). */
const GOVERNED_PREPOSITION: ReadonlyMap<string, string> = new Map([
  ['famous', 'for'], ['interested', 'in'], ['angry', 'with'], ['capable', 'of'], ['fond', 'of'], ['keen', 'on'], ['responsible', 'for'], ['proud', 'of'],
  ['accustomed', 'to'], ['afraid', 'of'], ['ashamed', 'of'], ['jealous', 'of'], ['addicted', 'to'], ['dependent', 'on'], ['scared', 'of'], ['envious', 'of'],
]);
/** Of those, the adjectives a clause may follow, so a possessive after them can start its subject ("afraid their jobs are"). */
const CLAUSE_ADJECTIVES = new Set(['afraid', 'scared', 'ashamed', 'proud', 'angry', 'jealous', 'envious']);

/**
 * "is famous its beaches", "are interested learning", "was angry him": an adjective that governs a
 * preposition after "be", with its object straight after it. Object pronouns and -ing forms never follow
 * these adjectives directly; a possessive does only where a clause can follow ("afraid their jobs are").
 * Returns the preposition left out.
 */
export function missingAdjectivePreposition(sentence: Sentence, head: Word, next: Word): string | undefined {
  const preposition = GOVERNED_PREPOSITION.get(head.lower);
  if (preposition === undefined) return undefined;
  let be = sentence.words[head.index - 1];
  // "is not interested", "was very fond": one adverb may stand between.
  if (be?.tag === 'RB') be = sentence.words[be.index - 1];
  if (be?.lemma !== 'be') return undefined;
  // "scared going into the game": an -ing form with a preposition after it opens a clause of its own.
  const gerund = next.tag === 'VBG' && lexicalTags(next.lower)[0] === 'VBG' && sentence.words[next.index + 1]?.tag !== 'IN';
  const object = /^(him|them|me|us)$/.test(next.lower) || gerund || (/^(his|their|its|our|my|your)$/.test(next.lower) && !CLAUSE_ADJECTIVES.has(head.lower));
  return object ? preposition : undefined;
}
