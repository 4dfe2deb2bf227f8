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
import { harperGrammar } from './harper-grammar.js';
import { harperWordChoice } from './harper-word-choice.js';
import { harperPunctuation } from './harper-punctuation.js';
import { harperRepetition } from './harper-repetition.js';
import { inconsistentAbbreviation } from './inconsistent-abbreviation.js';
import { mixedSpelling } from './mixed-spelling.js';
import { compoundModifierHyphen } from './compound-modifier-hyphen.js';
import { determinerNounNumber } from './determiner-noun-number.js';
import { wrongPreposition } from './wrong-preposition.js';
import { intensifiedExtremeAdjective } from './intensified-extreme-adjective.js';

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
  [harperGrammar.meta.id]: harperGrammar,
  [harperWordChoice.meta.id]: harperWordChoice,
  [harperPunctuation.meta.id]: harperPunctuation,
  [harperRepetition.meta.id]: harperRepetition,
  [inconsistentAbbreviation.meta.id]: inconsistentAbbreviation,
  [mixedSpelling.meta.id]: mixedSpelling,
  [compoundModifierHyphen.meta.id]: compoundModifierHyphen,
  [determinerNounNumber.meta.id]: determinerNounNumber,
  [wrongPreposition.meta.id]: wrongPreposition,
  [intensifiedExtremeAdjective.meta.id]: intensifiedExtremeAdjective,
};
