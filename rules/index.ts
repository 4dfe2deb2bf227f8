import type { Rule } from '../src/engine/types.js';
import { readability } from './readability.js';
import { repeatedWords } from './repeated-words.js';
import { offTopicParagraph } from './off-topic-paragraph.js';
import { strayHeadline } from './stray-headline.js';
import { boilerplateResidue } from './boilerplate-residue.js';
import { danglingFragment } from './dangling-fragment.js';
import { unattributedQuote } from './unattributed-quote.js';
import { unintroducedSpeaker } from './unintroduced-speaker.js';
import { indefiniteArticle } from './indefinite-article.js';
import { spunTimeIdiom } from './spun-time-idiom.js';
import { bothWithMany } from './both-with-many.js';
import { determinerBeforeVerb } from './determiner-before-verb.js';
import { subjectVerbAgreement } from './subject-verb-agreement.js';
import { confusedWord } from './confused-word.js';
import { verbFormAfterAuxiliary } from './verb-form-after-auxiliary.js';
import { weekdayDateMismatch } from './weekday-date-mismatch.js';
import { pronounCase } from './pronoun-case.js';
import { doubleNegative } from './double-negative.js';
import { verbComplementForm } from './verb-complement-form.js';
import { determinerNounNumber } from './determiner-noun-number.js';
import { pastTenseFutureDate } from './past-tense-future-date.js';
import { splitCompound } from './split-compound.js';
import { compoundModifierHyphen } from './compound-modifier-hyphen.js';
import { impossibleDate } from './impossible-date.js';
import { contractionCase } from './contraction-case.js';
import { doubleComparison } from './double-comparison.js';
import { missingApostrophe } from './missing-apostrophe.js';
import { stackedDeterminer } from './stacked-determiner.js';
import { comprisedOf } from './comprised-of.js';
import { adverbPosition } from './adverb-position.js';
import { decadeApostrophe } from './decade-apostrophe.js';
import { connectiveComma } from './connective-comma.js';
import { garbledPhrase } from './garbled-phrase.js';
import { missingSentenceSpace } from './missing-sentence-space.js';
import { harperGrammar } from './harper-grammar.js';
import { harperWordChoice } from './harper-word-choice.js';
import { harperPunctuation } from './harper-punctuation.js';
import { harperRepetition } from './harper-repetition.js';
import { harperStyle } from './harper-style.js';
import { harperCapitalization } from './harper-capitalization.js';
import { harperRegionalism } from './harper-regionalism.js';
import { inconsistentAbbreviation } from './inconsistent-abbreviation.js';
import { mixedSpelling } from './mixed-spelling.js';
import { wrongPreposition } from './wrong-preposition.js';
import { wrongLightVerb } from './wrong-light-verb.js';
import { intensifiedExtremeAdjective } from './intensified-extreme-adjective.js';
import { missingArticle } from './missing-article.js';
import { missingPossessiveApostrophe } from './missing-possessive-apostrophe.js';
import { misplacedPossessiveApostrophe } from './misplaced-possessive-apostrophe.js';

/** Every built-in rule, keyed by its id (the config key, the `ruleId`, and the file name). */
export const builtinRules: Record<string, Rule> = {
  [offTopicParagraph.meta.id]: offTopicParagraph,
  [strayHeadline.meta.id]: strayHeadline,
  [readability.meta.id]: readability,
  [repeatedWords.meta.id]: repeatedWords,
  [danglingFragment.meta.id]: danglingFragment,
  [boilerplateResidue.meta.id]: boilerplateResidue,
  [unattributedQuote.meta.id]: unattributedQuote,
  [unintroducedSpeaker.meta.id]: unintroducedSpeaker,
  [indefiniteArticle.meta.id]: indefiniteArticle,
  [spunTimeIdiom.meta.id]: spunTimeIdiom,
  [bothWithMany.meta.id]: bothWithMany,
  [determinerBeforeVerb.meta.id]: determinerBeforeVerb,
  [subjectVerbAgreement.meta.id]: subjectVerbAgreement,
  [confusedWord.meta.id]: confusedWord,
  [verbFormAfterAuxiliary.meta.id]: verbFormAfterAuxiliary,
  [weekdayDateMismatch.meta.id]: weekdayDateMismatch,
  [pronounCase.meta.id]: pronounCase,
  [doubleNegative.meta.id]: doubleNegative,
  [verbComplementForm.meta.id]: verbComplementForm,
  [determinerNounNumber.meta.id]: determinerNounNumber,
  [pastTenseFutureDate.meta.id]: pastTenseFutureDate,
  [splitCompound.meta.id]: splitCompound,
  [compoundModifierHyphen.meta.id]: compoundModifierHyphen,
  [impossibleDate.meta.id]: impossibleDate,
  [contractionCase.meta.id]: contractionCase,
  [doubleComparison.meta.id]: doubleComparison,
  [missingApostrophe.meta.id]: missingApostrophe,
  [stackedDeterminer.meta.id]: stackedDeterminer,
  [comprisedOf.meta.id]: comprisedOf,
  [adverbPosition.meta.id]: adverbPosition,
  [decadeApostrophe.meta.id]: decadeApostrophe,
  [connectiveComma.meta.id]: connectiveComma,
  [garbledPhrase.meta.id]: garbledPhrase,
  [missingSentenceSpace.meta.id]: missingSentenceSpace,
  [harperGrammar.meta.id]: harperGrammar,
  [harperWordChoice.meta.id]: harperWordChoice,
  [harperPunctuation.meta.id]: harperPunctuation,
  [harperRepetition.meta.id]: harperRepetition,
  [harperStyle.meta.id]: harperStyle,
  [harperCapitalization.meta.id]: harperCapitalization,
  [harperRegionalism.meta.id]: harperRegionalism,
  [inconsistentAbbreviation.meta.id]: inconsistentAbbreviation,
  [mixedSpelling.meta.id]: mixedSpelling,
  [wrongPreposition.meta.id]: wrongPreposition,
  [wrongLightVerb.meta.id]: wrongLightVerb,
  [missingArticle.meta.id]: missingArticle,
  [intensifiedExtremeAdjective.meta.id]: intensifiedExtremeAdjective,
  [missingPossessiveApostrophe.meta.id]: missingPossessiveApostrophe,
  [misplacedPossessiveApostrophe.meta.id]: misplacedPossessiveApostrophe,
};
