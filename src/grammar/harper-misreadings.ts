import type { NewsDocument, Word } from '../model/document.js';
import type { HarperFinding } from './harper-linter.js';

// Penn tags of words that cannot be a present-tense verb disagreeing with the pronoun before them.
const PAST_FORMS = new Set(['VBD', 'VBN']);
const PLURAL_NOUN = 'NNS';

/**
 * True for a finding newslint's own tagger shows to be a misreading (findings' offsets in the source).
 *
 * Harper's `PronounVerbAgreement` reads an irregular past tense after "he"/"she" as a present-tense
 * verb ("he beat Andy Roddick", "she struck the ball": 27 of its 32 findings on the BBC dev articles)
 * and a plural noun after "you"/"we" as a verb ("you guys", "we parents"). The document's tags already
 * tell both apart; "was" and "were" stay, as they do agree or disagree with their pronoun.
 */
export function isMisreading(finding: HarperFinding, document: NewsDocument): boolean {
  if (finding.ruleName !== 'PronounVerbAgreement') return false;
  const words = wordsIn(document, finding);
  if (words.length !== 1) return false;
  const [word] = words as [Word];
  return (PAST_FORMS.has(word.tag) && word.lemma !== 'be') || word.tag === PLURAL_NOUN;
}

function wordsIn(document: NewsDocument, span: { start: number; end: number }): Word[] {
  return document.words.filter((word) => word.start < span.end && span.start < word.end);
}
