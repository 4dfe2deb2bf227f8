import type { Rule, RuleContext } from '../src/engine/types.js';
import type { NewsDocument, Paragraph, Sentence, Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { adjacent, breaksPhrase, gapBefore } from './english/gaps.js';
import { isPossessive, nounPhraseAt, objectAt, type NounPhrase } from './english/noun-phrase.js';
import { countedExistential } from './english/counted-existential.js';
import { gerundSubjectWithPluralVerb } from './english/gerund-subject.js';
import { bareVerbAfterPronoun } from './english/pronoun-subject.js';
import { pluralOf } from './english/noun-countability.js';
import { agreeingForm, agrees, verbForm, type VerbForm } from './english/verb-number.js';

/** `subject-verb-agreement` has no options. */
export type Options = Record<string, never>;

/**
 * Words after which a new clause, with its own subject, begins. "after", "before", "since" and "until"
 * also govern noun phrases ("before their time"), so they are left out.
 */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'because', 'when', 'where', 'while', 'whilst', 'although', 'though', 'unless', 'whereas', 'so']);
const REPORTING_LEMMAS = new Set(['say', 'think', 'believe', 'claim', 'argue', 'warn', 'insist', 'know', 'add', 'fear', 'hope', 'suggest', 'expect', 'feel']);
/** Prepositions whose phrase can sit between a subject and its verb ("the priorities for the research"). */
const PREPOSITIONS = new Set([
  'of', 'for', 'in', 'on', 'at', 'from', 'with', 'by', 'about', 'between', 'among', 'amongst', 'across', 'against', 'around', 'behind',
  'beyond', 'near', 'over', 'under', 'within', 'without', 'throughout', 'towards', 'toward', 'into', 'onto', 'like', 'amid', 'inside',
  'outside', 'along', 'beside', 'besides', 'beneath', 'above', 'below', 'via', 'per', 'to',
]);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** Determiners and indefinites that head a noun phrase on their own ("those on a budget who…"). */
const PRONOUN_HEADS = /^(those|these|all|some|many|few|any|each|(any|every|some|no)(one|body))$/;
/** Quantifiers that float after a plural subject ("they all agree", "the two sides both claim"). */
const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'each']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'does', 'do', 'am']);
/** Words before a clause that make its "were" or bare verb a subjunctive ("if he were", "demanded that she resign"). */
const SUBJUNCTIVE_OPENERS = new Set(['if', 'though', 'wish', 'wished', 'suppose', 'imagine', 'unless', 'lest', 'whether']);
const MANDATIVE_LEMMAS = new Set(['demand', 'insist', 'recommend', 'suggest', 'propose', 'ask', 'require', 'urge', 'request', 'order', 'essential', 'vital', 'important', 'necessary', 'imperative', 'crucial', 'rule', 'move', 'stipulate', 'mandate']);
const FINITE = /^(VBZ|VBP|VBD|MD)$/;
// Patterns read for every word are module constants: a regex literal makes a new RegExp object each time it is evaluated.
const CLAUSE_BREAK = /[,;]/;
const OPENER_TAGS = /^(IN|WDT|WRB|RB)$/;
const RELATIVE_AFTER_PREPOSITION = /^(which|whom)$/;
const QUESTION_WORDS = /^(what|how|why|where)$/;
const NOMINAL = /^(NN|NNS|NNP|NNPS|PRP|CD)$/;
const QUESTION_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'does', 'do']);

interface ClauseStart {
  index: number;
  /** Opened by a comma: the phrase may still be one item of a list. */
  afterComma: boolean;
}

interface Finding {
  verb: Word;
  subject: Word;
  phrase: Pick<NounPhrase, 'person' | 'number'>;
  /** The subject pronoun stands right before the verb, so the correction is certain. */
  certain: boolean;
  /** The subject follows the verb ("there are problem"): the finding spans both, and either may change. */
  trailingSubject?: boolean;
  /** The subject is a bare noun, so its number can change alone ("are problem" → "are problems", not "are a problems"). */
  bareSubject?: boolean;
}

/**
 * A finite verb that does not agree with its subject: "The main priorities for the research is",
 * "The officers, who are trained to find drugs, was praised", "people who lives here", "There is many reasons".
 *
 * The subject is read from tags at the start of a clause: a noun phrase or a subject pronoun, then any
 * prepositional phrases, a parenthesis between commas or a relative clause, then the verb. Only what the
 * tags make certain is judged: names (teams and firms take either number), group nouns with a plural verb
 * ("the government are", as British English allows), measures ("five years is"), "the number of…" and
 * subjunctives ("if he were") are left alone, and a relative clause only counts when the noun just before
 * the verb cannot be its subject instead. Quotations are not corrected: a speaker's words stand.
 */
export const subjectVerbAgreement: Rule<Options> = {
  meta: {
    id: 'subject-verb-agreement',
    kind: 'grammar',
    description: 'A verb whose number does not agree with its subject ("the priorities for the research is")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: {
      'plural-subject': 'Unexpected “{{verb}}” with the plural subject “{{subject}}”{{hint}}',
      'singular-subject': 'Unexpected “{{verb}}” with the singular subject “{{subject}}”{{hint}}',
    },
  },
  create(context) {
    const { document } = context;
    return {
      paragraph(paragraph) {
        for (const sentence of paragraph.sentences) {
          if (isHeadline(paragraph, sentence, document)) continue;
          const reported = new Set<number>();
          const report = (finding: Finding | undefined) => {
            if (!finding || reported.has(finding.verb.index) || finding.verb.quoted || isSurname(document, finding.subject) || nounBeforeVerb(document, sentence, finding.verb)) return;
            reported.add(finding.verb.index);
            reportFinding(context, finding);
          };
          for (const word of sentence.words) if (RELATIVE_PRONOUNS.has(word.lower)) report(checkRelative(document, sentence, word.index));
          const starts = clauseStarts(document, sentence);
          for (const start of starts) report(checkClause(document, sentence, start));
          for (const { index } of starts) if (sentence.words[index]!.lower === 'there') report(checkExistential(document, sentence, index));
          for (const word of sentence.words.slice(1, 3)) if (word.lower === 'there') report(checkExistential(document, sentence, word.index));
          report(checkQuestion(document, sentence));
          for (const { index } of starts) report(checkPronounBareVerb(document, sentence, index));
          for (const word of sentence.words) {
            const gerund = gerundSubjectWithPluralVerb(document, sentence, word.index);
            if (gerund) report({ verb: gerund.verb, subject: gerund.subject, phrase: { person: 'third-singular', number: 'singular' }, certain: false });
          }
          const counted = countedExistential(document, sentence);
          if (counted && !reported.has(counted.verb.index) && !reported.has(counted.verb.index + 1)) {
            const { verb, subject, expected } = counted;
            context.report({ messageId: 'plural-subject', data: { verb: verb.text, subject: subject.text, hint: `, expected “${expected}”` }, node: verb, expected: [expected], safe: false });
          }
        }
      },
    };
  },
};

/**
 * A capitalised word ending in "s" that the story names someone by ("Dwain Chambers … Chambers was
 * banned", "Derek Scissors, who consults"): one person, however plural it looks.
 */
function isSurname(document: NewsDocument, subject: Word): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(subject.text)) return false;
  return document.entities.some((entity) => entity.key.includes(' ') && entity.key.endsWith(` ${subject.lower}`));
}

/**
 * "when drugs cheats are caught": a word that can be a noun, right before a finite verb, is the head of a
 * compound subject, not a verb that disagrees with the noun before it.
 */
function nounBeforeVerb(document: NewsDocument, sentence: Sentence, verb: Word): boolean {
  const next = sentence.words[verb.index + 1];
  if (!next || !/^(VBP|VBZ|VBD|MD)$/.test(next.tag) || !adjacent(document, verb, next)) return false;
  const singular = verb.lower.endsWith('s') ? verb.lemma : verb.lower;
  return lexicalTags(verb.lower).some((tag) => tag === 'NN' || tag === 'NNS') || lexicalTags(singular).includes('NN');
}

function reportFinding(context: RuleContext, { verb, subject, phrase, certain, trailingSubject, bareSubject }: Finding): void {
  const expected = agreeingForm(verb, phrase.person!);
  if (trailingSubject) {
    reportWithSubject(context, verb, subject, phrase, expected, bareSubject === true);
    return;
  }
  context.report({
    messageId: phrase.number === 'plural' ? 'plural-subject' : 'singular-subject',
    data: { verb: verb.text, subject: subject.text, hint: expected ? `, expected “${expected}”` : '' },
    node: verb,
    expected: expected ? [expected] : [],
    safe: certain && expected !== undefined,
  });
}

/** "There are problem": from the verb to the noun after it, fixed by either changing the verb or the noun's number. */
function reportWithSubject(context: RuleContext, verb: Word, subject: Word, phrase: Finding['phrase'], verbFix: string | undefined, bareSubject: boolean): void {
  const { document } = context;
  const range = { start: verb.start, end: subject.end };
  const middle = document.textOf({ start: verb.end, end: subject.start });
  // A bare singular can turn plural ("are flaws"); a plural turned singular would need an article too.
  const otherNoun = bareSubject && phrase.number === 'singular' ? pluralOf(subject.lower) : undefined;
  const expected = [verbFix && `${verbFix}${middle}${subject.text}`, otherNoun && `${verb.text}${middle}${otherNoun}`].filter((fix): fix is string => fix !== undefined);
  context.report({
    messageId: phrase.number === 'plural' ? 'plural-subject' : 'singular-subject',
    data: { verb: verb.text, subject: subject.text, hint: verbFix ? `, expected “${verbFix}”` : '' },
    range,
    actual: document.textOf(range),
    expected,
    safe: false,
  });
}

/** Headlines drop articles and auxiliaries, so their tags are guesses; a question is still read. */
function isHeadline(paragraph: Paragraph, sentence: Sentence, document: NewsDocument): boolean {
  return (paragraph.role === 'headline' || paragraph.role === 'heading') && !isQuestion(document, sentence);
}

/** Where a subject may begin: the sentence start, after a comma, a subordinator or a reporting verb. */
function clauseStarts(document: NewsDocument, sentence: Sentence): ClauseStart[] {
  const starts: ClauseStart[] = [];
  const push = (index: number, afterComma = false) => starts.push({ index, afterComma });
  sentence.words.forEach((word, i) => {
    const previous = sentence.words[i - 1];
    if (!previous) push(i);
    else if (i === 1 && previous.tag === 'CC') push(i);
    else if (CLAUSE_BREAK.test(gapBefore(document, sentence, i)) && afterClauseOrOpener(document, sentence, i)) push(i, true);
    else if (CLAUSE_OPENERS.has(previous.lower) && OPENER_TAGS.test(previous.tag) && !ambiguousAfterThat(sentence, i)) push(i);
    // "the house in which the dogs sleep", "asked what the dogs eat".
    else if (RELATIVE_AFTER_PREPOSITION.test(previous.lower) && sentence.words[i - 2]?.tag === 'IN') push(i);
    else if (QUESTION_WORDS.test(previous.lower) && /^(WP|WRB)$/.test(previous.tag) && /^VB/.test(sentence.words[i - 2]?.tag ?? '')) push(i);
    else if (REPORTING_LEMMAS.has(previous.lemma) && FINITE.test(previous.tag)) push(i);
  });
  return starts;
}

/**
 * A comma opens a clause after an opening phrase ("In 2004, sales…", "Meanwhile, …") or a whole clause,
 * not inside a noun phrase ("older, wealthier people") or a list ("a mix of rain, rising costs and…").
 */
function afterClauseOrOpener(document: NewsDocument, sentence: Sentence, i: number): boolean {
  const words = sentence.words;
  let from = i - 1;
  while (from > 0 && !/[,;]/.test(gapBefore(document, sentence, from))) from--;
  const segment = words.slice(from, i);
  // "older, wealthier people", "unrecycled, discarded phones": adjectives in a row.
  if (/^(JJ|JJR|JJS|VBN|VBG|VBD)$/.test(words[i - 1]!.tag)) return false;
  // "records, hosts, edits": a list, not a new subject.
  if (/,/.test(gapBefore(document, sentence, i + 1))) return false;
  if (segment.some((word) => FINITE.test(word.tag))) return true;
  return !/^(DT|PDT|PRP\$|PRP|NN|NNS|NNP|NNPS|JJ|JJR|JJS|CD)$/.test(segment[0]!.tag);
}

/**
 * After "that", a determiner before a noun ("Might that test suffice?") or, after a noun, a relative
 * pronoun before its verb ("technology that deals in…", "domains that end in…", where the verb could be read
 * as a noun subject).
 */
function ambiguousAfterThat(sentence: Sentence, i: number): boolean {
  const that = sentence.words[i - 1]!;
  if (that.lower !== 'that') return false;
  const before = sentence.words[i - 2];
  if (!before || before.tag === 'MD') return true;
  const word = sentence.words[i]!;
  return /^(NN|NNS)$/.test(before.tag) && /^(NN|NNS)$/.test(word.tag) && lexicalTags(word.lower).some((tag) => tag.startsWith('VB'));
}

/** The subject starting at `start` and the finite verb it governs, when the two disagree. */
function checkClause(document: NewsDocument, sentence: Sentence, { index: start, afterComma }: ClauseStart): Finding | undefined {
  const single = nounPhraseAt(document, sentence, start);
  if (!single || single.head.quoted) return undefined;
  // After a comma, "X and Y" may close a list whose head came earlier ("software such as A, B and C is").
  const phrase = (afterComma ? undefined : coordinated(document, sentence, single)) ?? single;
  if (phrase.number === undefined || phrase.person === undefined) return undefined;
  const found = verbAfterSubject(document, sentence, phrase, !afterComma);
  if (!found) return undefined;
  const verb = sentence.words[found.index]!;
  const form = verbForm(verb);
  if (!form || agrees(form, phrase.person, phrase.number)) return undefined;
  if (form === 'base' && !finiteBareVerb(document, sentence, phrase, found, start)) return undefined;
  if (mayBeNoun(document, sentence, phrase, found.index, form)) return undefined;
  // A capitalised verb inside a sentence belongs to a title ("the comedy Are We There Yet?").
  if (verb.index > 0 && verb.text !== verb.lower) return undefined;
  // "if he were", "whether it be": only "be" keeps a subjunctive in modern copy; "whether the dog eat" is a slip.
  if ((form === 'past-plural' || (form === 'base' && (verb.lemma === 'be' || !/^(whether|if)$/.test(sentence.words[start - 1]?.lower ?? '')))) && subjunctive(sentence, start)) return undefined;
  if (phrase.collective && phrase.number === 'singular') return undefined;
  // "…, says Milburn": a said-verb before its speaker.
  if (REPORTING_LEMMAS.has(verb.lemma) && /^(NNP|NNPS|PRP)$/.test(sentence.words[found.index + 1]?.tag ?? '')) return undefined;
  return { verb, subject: phrase.head, phrase, certain: phrase.head.tag === 'PRP' && found.index === phrase.end };
}

/**
 * A bare verb ("walk") is finite only straight after its subject, outside questions ("Might that test
 * suffice?") and mandative clauses, and after a noun phrase with a determiner: after a bare noun it is
 * too often a headline, a command line or a compound ("npm install", "pricing live").
 */
function finiteBareVerb(document: NewsDocument, sentence: Sentence, phrase: NounPhrase, found: { index: number; direct: boolean }, start: number): boolean {
  const first = sentence.words[phrase.start]!;
  if (!found.direct || sentence.words[found.index]!.lower === 'be' || mandative(sentence, start) || isQuestion(document, sentence)) return false;
  return phrase.head.tag === 'PRP' || /^(DT|PRP\$|PDT)$/.test(first.tag) || isPossessive(first);
}

/** Whether the "verb" may be a noun the tagger misread, so its form says nothing about agreement. */
function mayBeNoun(document: NewsDocument, sentence: Sentence, phrase: NounPhrase, index: number, form: VerbForm): boolean {
  const words = sentence.words;
  const verb = words[index]!;
  const next = words[index + 1];
  if (isAuxiliary(verb)) return false;
  const readings = lexicalTags(verb.lower);
  // A word the lexicon does not know ("newsrooms") is no evidence of a verb.
  if (readings.length === 0) return true;
  // "the rules on marketing calls apply", "cases against terror suspects": right after a noun, a form the
  // lexicon also lists as a noun may end a compound the tagger split.
  const nounReading = readings.some((tag) => tag === 'NN' || tag === 'NNS');
  // Unless the word is first of all a verb, nothing else in the clause can be the verb and what follows
  // opens an object or an infinitive ("users in Asia wants to learn", "gases prevents the radiation").
  const verbFirst = /^VB/.test(readings[0]!);
  if (/^(NN|NNS|NNP|NNPS|CD)$/.test(words[index - 1]!.tag) && nounReading && !(verbFirst && verbPosition(next) && !finiteLater(document, sentence, index))) return true;
  // "Both shows are…": a later finite verb in the clause is the real one; "people thinks that… is" has no noun to misread.
  if (index === phrase.end && nounReading && finiteLater(document, sentence, index)) return true;
  if (form !== 'base' && form !== 'plural') return false;
  // "The bank rate rise was…": a finite verb right after it.
  if (next && FINITE.test(next.tag)) return true;
  // "music download services", "the price rise hit the market": a bare noun or a finite verb later.
  return phrase.head.tag !== 'PRP' && (/^(NN|NNS)$/.test(next?.tag ?? '') || finiteLater(document, sentence, index));
}

/** A word that a noun does not take straight after it but a verb does: an infinitive, a determiner, an object pronoun. */
function verbPosition(next: Word | undefined): boolean {
  return next !== undefined && (/^(TO|DT|PRP\$)$/.test(next.tag) || (next.tag === 'PRP' && next.lower !== 'it'));
}

/**
 * Skips what may stand between a subject and its verb: prepositional phrases, adverbs, floating
 * quantifiers ("they all"), parentheses between commas (when `asides`) and one relative clause. Returns the index
 * of the word that should be the verb, and whether only parentheses and adverbs stood between.
 */
function verbAfterSubject(document: NewsDocument, sentence: Sentence, phrase: NounPhrase, asides: boolean): { index: number; direct: boolean } | undefined {
  const words = sentence.words;
  let j = phrase.end;
  let direct = true;
  let closed = false;
  for (let steps = 0; steps < 10 && j < words.length; steps++) {
    const word = words[j]!;
    const gap = closed ? ' ' : gapBefore(document, sentence, j);
    closed = false;
    if (/^\s*,\s*$/.test(gap)) {
      // A subject that itself follows a comma may be an apposition in a list ("…, programs like A, B and C, is").
      const close = asides ? closingComma(document, sentence, j) : undefined;
      if (close === undefined) return undefined;
      j = close;
      closed = true;
      continue;
    }
    if (breaksPhrase(gap)) return undefined;
    if (PREPOSITIONS.has(word.lower) && /^(IN|TO)$/.test(word.tag)) {
      const object = words[j + 1] && adjacent(document, word, words[j + 1]!) ? objectAt(document, sentence, j + 1) : undefined;
      // "a high of 37 per cent of people say": a quantity in the phrase may carry the agreement.
      if (!object || object.partitive) return undefined;
      j = object.end;
      direct = false;
      continue;
    }
    if ((/^RB/.test(word.tag) && word.lower !== 'not') || (FLOATING_QUANTIFIERS.has(word.lower) && phrase.number === 'plural')) {
      j++;
      continue;
    }
    if (RELATIVE_PRONOUNS.has(word.lower) && /^(WDT|WP)$/.test(word.tag)) {
      const after = verbAfterRelative(document, sentence, j);
      return after && { index: after.index, direct: false };
    }
    return { index: j, direct };
  }
  return undefined;
}

/**
 * Two noun phrases joined by "and", the second with its own determiner ("the teacher and her students",
 * "Tina and her father"): a plural subject. Names alone ("Marks and Spencer") may be one firm.
 */
function coordinated(document: NewsDocument, sentence: Sentence, first: NounPhrase): NounPhrase | undefined {
  const and = sentence.words[first.end];
  if (and?.lower !== 'and' || breaksPhrase(gapBefore(document, sentence, first.end))) return undefined;
  const second = nounPhraseAt(document, sentence, first.end + 1);
  const opener = sentence.words[first.end + 1]!;
  if (!second || !(opener.tag === 'PRP$' || /^(the|a|an|his|her|their|its|my|our|your)$/.test(opener.lower))) return undefined;
  // "Harry Potter and the Half-Blood Prince" is one title: both heads must be common nouns, unless a
  // person is joined to someone of theirs ("Tina and her father").
  const personAndKin = first.head.tag === 'NNP' && opener.tag === 'PRP$' && second.head.text === second.head.lower;
  if ((first.number === undefined && !personAndKin) || second.number === undefined) return undefined;
  if (/^(each|every)$/.test(sentence.words[first.start]!.lower)) return undefined;
  return { ...second, start: first.start, head: first.head, number: 'plural', person: 'other', collective: false, partitive: false };
}

/** The word after a parenthesis that opens before word `from` and closes with a comma; its words hold no finite verb unless it is a relative clause. */
function closingComma(document: NewsDocument, sentence: Sentence, from: number): number | undefined {
  const words = sentence.words;
  const relative = /^(which|who|whom|whose)$/.test(words[from]!.lower);
  // ", and the assault on its finances,": a second subject joined on, not an aside.
  if (words[from]!.tag === 'CC') return undefined;
  for (let k = from + 1; k < Math.min(words.length, from + 16); k++) {
    const gap = gapBefore(document, sentence, k);
    // A one-word aside is an adverb ("however"), not one item of a list ("records, hosts, edits").
    if (/^\s*,\s*$/.test(gap)) return k > from + 1 || /^RB/.test(words[from]!.tag) ? k : undefined;
    if (breaksPhrase(gap) || /[.!?]/.test(gap)) return undefined;
    if (!relative && (FINITE.test(words[k]!.tag) || FINITE.test(words[from]!.tag))) return undefined;
  }
  return undefined;
}

/**
 * After a restrictive relative clause ("the man who lives next door are"), the main verb: the finite verb
 * after the clause's own. Unless the noun right before it could be its subject, in which case the clause
 * may go on ("the man who said the reports are false").
 */
function verbAfterRelative(document: NewsDocument, sentence: Sentence, pronoun: number): { index: number } | undefined {
  const words = sentence.words;
  let own: number | undefined;
  for (let k = pronoun + 1; k < Math.min(words.length, pronoun + 16); k++) {
    const word = words[k]!;
    if (breaksPhrase(gapBefore(document, sentence, k)) || word.tag === 'CC' || word.lower === 'that' || /^(WDT|WP|WRB)$/.test(word.tag)) return undefined;
    const finite = FINITE.test(word.tag) || (word.tag === 'VB' && k === pronoun + 1);
    if (own === undefined) {
      if (finite) {
        if (REPORTING_LEMMAS.has(word.lemma)) return undefined;
        own = k;
      }
      continue;
    }
    // Two finite forms in a row are a misread, not a clause's end ("stations that broadcast live programming").
    if (!finite || k === own + 1) {
      if (finite) return undefined;
      continue;
    }
    const before = words[k - 1]!;
    // After a determiner or adjective the "verb" is a noun the tagger misread ("remember those shows").
    if (/^(DT|PDT|PRP\$|JJ|JJR|JJS)$/.test(before.tag)) continue;
    const form = verbForm(word);
    if (form && NOMINAL.test(before.tag)) {
      const subject = nounPhraseAt(document, sentence, k - 1);
      if (!subject || subject.person === undefined || subject.number === undefined || agrees(form, subject.person, subject.number)) return undefined;
    }
    return { index: k };
  }
  return undefined;
}

/** "people who lives here": a relative pronoun's verb agrees with the noun just before it. */
function checkRelative(document: NewsDocument, sentence: Sentence, pronounIndex: number): Finding | undefined {
  const words = sentence.words;
  const pronoun = words[pronounIndex]!;
  // "which" may stand for a whole clause even without a comma ("bombers which means they could…").
  if (!/^(WDT|WP)$/.test(pronoun.tag) || pronoun.lower === 'which') return undefined;
  const antecedentIndex = pronounIndex - 1;
  const antecedent = words[antecedentIndex];
  if (!antecedent || !/^(NN|NNS)$/.test(antecedent.tag)) return undefined;
  // After a comma, "which" may stand for a whole clause or a noun further back, so only "who" is read there.
  const gap = gapBefore(document, sentence, pronounIndex);
  if (!(gap.trim() === '' || (/^\s*,\s*$/.test(gap) && pronoun.lower === 'who'))) return undefined;
  let v = pronounIndex + 1;
  while (words[v] && /^RB/.test(words[v]!.tag) && words[v]!.lower !== 'not' && adjacent(document, words[v - 1]!, words[v]!)) v++;
  const verb = words[v];
  if (!verb || !adjacent(document, words[v - 1]!, verb)) return undefined;
  const form = verbForm(verb);
  if (!form || form === 'base') return undefined;
  const phrase = antecedentPhrase(document, sentence, antecedentIndex);
  if (!phrase || phrase.number === undefined || phrase.person === undefined || agrees(form, phrase.person, phrase.number)) return undefined;
  if (phrase.collective && phrase.number === 'singular') return undefined;
  if (form === 'past-plural' && phrase.number === 'singular') return undefined;
  return { verb, subject: antecedent, phrase, certain: false };
}

/**
 * The noun phrase that ends at the antecedent, when the relative clause can only attach to it: a phrase
 * inside a prepositional phrase ("the leader of the rebels who…") could also hand the clause to the noun before.
 */
function antecedentPhrase(document: NewsDocument, sentence: Sentence, headIndex: number): NounPhrase | undefined {
  for (let start = Math.max(0, headIndex - 6); start <= headIndex; start++) {
    const phrase = nounPhraseAt(document, sentence, start);
    if (!phrase || phrase.end !== headIndex + 1) continue;
    const before = sentence.words[start - 1];
    if (!before || !/^(IN|TO|CC)$/.test(before.tag)) return phrase;
    // The noun before the preposition could take the clause ("the only one of the students who has"),
    // unless there is none ("looking for people who").
    // "In other words, who cares": an opening phrase set off by a comma is no antecedent.
    if (start === 1 && /,/.test(gapBefore(document, sentence, headIndex + 1))) return undefined;
    const owner = sentence.words[start - 2];
    // "Those on a limited budget who want": a pronoun takes the clause as readily as a noun.
    const ownerIsNoun = owner !== undefined && (/^(NN|NNS|NNP|NNPS|PRP|CD)$/.test(owner.tag) || PRONOUN_HEADS.test(owner.lower));
    return before.tag === 'IN' && !ownerIsNoun ? phrase : undefined;
  }
  return undefined;
}

/** "Somebody enter the building", "It only matter to me": a singular pronoun with a bare verb. */
function checkPronounBareVerb(document: NewsDocument, sentence: Sentence, start: number): Finding | undefined {
  if (mandative(sentence, start) || subjunctive(sentence, start)) return undefined;
  const found = bareVerbAfterPronoun(document, sentence, start);
  return found && { verb: found.verb, subject: found.subject, phrase: { person: 'third-singular', number: 'singular' }, certain: false };
}

/** "There is many reasons": the verb after existential "there" agrees with the noun phrase after it. */
function checkExistential(document: NewsDocument, sentence: Sentence, thereIndex: number): Finding | undefined {
  const words = sentence.words;
  if (words[thereIndex]!.tag !== 'EX') return undefined;
  // "Is there ideas…?": in a question the verb comes before "there".
  const inverted = thereIndex > 0 && thereIndex <= 2 && isQuestion(document, sentence) && /^(is|are|was|were)$/.test(words[thereIndex - 1]!.lower);
  const verb = inverted ? words[thereIndex - 1] : words[thereIndex + 1];
  if (!verb || !(inverted ? adjacent(document, verb, words[thereIndex]!) : adjacent(document, words[thereIndex]!, verb))) return undefined;
  const form = verbForm(verb);
  if (!form || !/^(singular|plural|plural-be|past-singular|past-plural)$/.test(form)) return undefined;
  let start = inverted ? thereIndex + 1 : thereIndex + 2;
  if (/^(has|have|hasn't|haven't)$/.test(verb.lower)) {
    if (words[start]?.lower !== 'been') return undefined;
    start++;
  }
  while (words[start] && /^RB/.test(words[start]!.tag)) start++;
  const phrase = nounPhraseAt(document, sentence, start);
  if (!phrase || phrase.number === undefined || phrase.head.tag === 'PRP' || phrase.head.quoted) return undefined;
  // "There is a dog and two cats": agreement with the first of several is idiomatic.
  const after = words[phrase.end];
  if (after && (after.tag === 'CC' || /^\s*,/.test(gapBefore(document, sentence, phrase.end)))) return undefined;
  // "Are there error logs…", "are there tool specific limits": a singular head may be the first half of a
  // compound the tagger split, when a plural noun or an adjective follows it.
  if (phrase.number === 'singular' && after && adjacent(document, phrase.head, after) && (/^(JJ|NN|NNS)$/.test(after.tag) || lexicalTags(after.lower).includes('NNS'))) return undefined;
  const person = phrase.number === 'plural' ? 'other' : 'third-singular';
  if (agrees(form, person, phrase.number)) return undefined;
  // A word the lexicon does not know ("plany of") is a typo, not a noun to agree with.
  if (lexicalTags(phrase.head.lower).length === 0) return undefined;
  return { verb, subject: phrase.head, phrase: { person, number: phrase.number }, certain: false, trailingSubject: true, bareSubject: phrase.start === phrase.head.index };
}

/** "Does your parents live…?": in a question the auxiliary comes first and agrees with the subject after it. */
function checkQuestion(document: NewsDocument, sentence: Sentence): Finding | undefined {
  const words = sentence.words;
  if (!isQuestion(document, sentence)) return undefined;
  const auxIndex = /^(WRB|WP|WDT)$/.test(words[0]?.tag ?? '') && words[0]!.lower !== 'that' ? 1 : 0;
  const verb = words[auxIndex];
  if (!verb || !QUESTION_AUXILIARIES.has(verb.lower)) return undefined;
  const form = verbForm(verb);
  const phrase = nounPhraseAt(document, sentence, auxIndex + 1);
  if (!form || !phrase || phrase.number === undefined || phrase.person === undefined) return undefined;
  // The subject must be followed by the rest of the verb phrase ("Does the firm plan…", "Is the deal
  // done?"); "Have an Alexa device?" drops its subject instead.
  const after = words[phrase.end];
  const be = /^(is|are|was|were)$/.test(verb.lower);
  // "Has your parents told you?": the tagger reads many participles as past tenses. "Where is your
  // dogs?": after a question word, "be" and its subject may end the question.
  const participle = /^(has|have)$/.test(verb.lower) && after?.tag === 'VBD';
  const whereIs = be && after === undefined && auxIndex === 1;
  if (!whereIs && (!after || !(/^(VB|VBN|VBG|RB)$/.test(after.tag) || participle || (be && /^(JJ|IN|DT)$/.test(after.tag))))) return undefined;
  if (agrees(form, phrase.person, phrase.number) || (phrase.collective && phrase.number === 'singular')) return undefined;
  return { verb, subject: phrase.head, phrase, certain: false };
}

/** Whether a finite verb follows `index` before the clause ends at punctuation or a conjunction. */
function finiteLater(document: NewsDocument, sentence: Sentence, index: number): boolean {
  for (let k = index + 1; k < sentence.words.length; k++) {
    const word = sentence.words[k]!;
    if (breaksPhrase(gapBefore(document, sentence, k)) || word.tag === 'CC' || /^(WDT|WP)$/.test(word.tag)) return false;
    if (FINITE.test(word.tag)) return true;
  }
  return false;
}

function isAuxiliary(word: Word): boolean {
  return AUXILIARIES.has(word.lower) || /n['’]t$/.test(word.lower);
}

function isQuestion(document: NewsDocument, sentence: Sentence): boolean {
  const last = sentence.words[sentence.words.length - 1];
  return last !== undefined && document.source.slice(last.end, sentence.end + 1).includes('?');
}

/** "if he were", "as though it were": a subjunctive clause. */
function subjunctive(sentence: Sentence, start: number): boolean {
  return sentence.words.slice(Math.max(0, start - 3), start).some((word) => SUBJUNCTIVE_OPENERS.has(word.lower));
}

/** "demanded that he resign", "it is vital the firm act": a bare verb after a word of demanding or urgency. */
function mandative(sentence: Sentence, start: number): boolean {
  // "asked whether the dog eats": an indirect question is not a demand.
  if (/^(whether|if)$/.test(sentence.words[start - 1]?.lower ?? '')) return false;
  return sentence.words.slice(0, start).some((word) => MANDATIVE_LEMMAS.has(word.lemma));
}
