/** Small closed word classes the confusion checks read context with. */

export const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "isn't", "aren't", "wasn't", "weren't"]);
export const HAVE_FORMS = new Set(['have', 'has', 'had', 'having', "haven't", "hasn't", "hadn't", "'ve"]);
export const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', "won't", "wouldn't", "can't", 'cannot', "couldn't", "shouldn't", "mustn't"]);
/** Prepositions that take a noun phrase ("of its members", "on their own"). */
export const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'into', 'onto', 'about', 'over', 'under', 'through', 'across', 'for', 'against', 'among', 'between', 'within', 'without', 'towards', 'toward', 'during', 'despite', 'after', 'before', 'behind', 'beyond', 'upon']);
/** Possessive determiners and articles: what a noun, never a verb, directly follows. */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'no', 'any', 'some', 'every', 'each']);

/** A noun-phrase start: a determiner, possessive, number or object pronoun. */
export function startsNounPhrase(lower: string, tag: string): boolean {
  return NOUN_DETERMINERS.has(lower) || /^(DT|PRP\$|CD)$/.test(tag) || /^(me|him|us|them|you|it)$/.test(lower);
}
