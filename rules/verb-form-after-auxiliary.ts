import type { Rule } from '../src/engine/types.js';
import type { NewsDocument, Sentence, Word } from '../src/model/document.js';
import { lexicalTags } from '../src/model/tagger-lexicon.js';
import { irregularPrincipalParts } from '../src/model/lemma-irregulars.js';
import { isTitleCase } from '../src/model/tagger-token.js';
import { governorOf, type Governor } from './english/auxiliaries.js';
import { adjacent } from './english/gaps.js';
import { simplePast, STATIVE_BY_ING, thirdPersonSingular } from './english/stative-verbs.js';
import { participleOnly, pastInsteadOfParticiple, pastParticiple } from './english/verb-inflection.js';

/** `verb-form-after-auxiliary` has no options. */
export type Options = Record<string, never>;

/** What the rule found: the form that belongs after the auxiliary, and which message names it. */
interface Expected {
  messageId: 'bare-infinitive' | 'participle';
  forms: string[];
}

/** Verbs and adjectives before "to" that take an infinitive after it ("tried to", "able to", "not to"). */
const INFINITIVE_TAKERS = new Set([
  'try', 'want', 'decide', 'seem', 'need', 'plan', 'hope', 'agree', 'refuse', 'fail', 'manage', 'promise', 'attempt', 'expect', 'appear',
  'continue', 'begin', 'start', 'choose', 'intend', 'aim', 'wish', 'learn', 'tend', 'prepare', 'threaten', 'vow', 'pledge', 'seek',
  'struggle', 'order', 'ask', 'tell', 'allow', 'convince', 'persuade', 'force', 'urge', 'encourage', 'cause', 'enable', 'able', 'unable',
  'likely', 'unlikely', 'hard', 'easy', 'difficult', 'surprised', 'happy', 'going', 'not', 'order', 'would', 'like', 'love', 'hate',
  'afraid', 'ready', 'willing', 'eager', 'set', 'supposed', 'meant', 'used', 'have', 'ought', 'dare', 'help', 'invite',
  'manipulate', 'get', 'expect', 'wait', 'claim', 'pretend', 'deserve', 'offer', 'arrange', 'hesitate', 'neglect', 'forget', 'remember',
]);
/** Conjunctions that open a clause, after which "there" needs its verb ("if there is a delay"). */
const CLAUSE_OPENERS = /^(if|when|whenever|whether|because|unless|since|while|although|though|once|until|as)$/;
/** Forms of "be" that may follow a finite "be" by mistake. */
const BE_AFTER_BE = new Set(['is', 'are', 'am', 'was', 'were', 'been']);
/** The form of "have" that takes the place of a finite "be" before "been" ("is been" → "has been"); clitics keep their host ("we're" → "we've"). */
const PERFECT_OF_BE: Readonly<Record<string, string>> = { is: 'has', are: 'have', am: 'have', was: 'had', were: 'had', "'re": "'ve", "'m": "'ve" };
/**
 * The same for a negated past "be" before "been" ("wasn't been" → "hadn't been"). A negated present ("isn't
 * been deployed") is as often "isn't being" as "hasn't been", so it is left to the reader.
 */
const NEGATED_PERFECT_OF_BE: Readonly<Record<string, string>> = { "wasn't": "hadn't", "weren't": "hadn't" };

/** `word` with a capital first letter when `model` has one. */
function matchFirstCapital(word: string, model: string): string {
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The form of "be" that makes a progressive with each subject pronoun ("it" also opens absolute phrases: "it being Sunday"). */
const PROGRESSIVE_BE: ReadonlyMap<string, string> = new Map([['i', 'am'], ['we', 'are'], ['you', 'are'], ['they', 'are'], ['he', 'is'], ['she', 'is']]);
/** Adjectives that only stand after "be" or a linking verb, never straight after a subject or "don't": "I afraid of", "you don't aware". */
const PREDICATIVE_ONLY = new Set(['afraid', 'aware', 'unaware', 'asleep', 'awake', 'alive', 'ashamed']);
/** The negated "be" that stands for a negated "do" before a predicative adjective, by subject. */
const NEGATED_BE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "don't": { i: 'am not', you: "aren't", we: "aren't", they: "aren't" },
  "doesn't": { he: "isn't", she: "isn't", it: "isn't" },
  "didn't": { i: "wasn't", he: "wasn't", she: "wasn't", it: "wasn't", you: "weren't", we: "weren't", they: "weren't" },
};

/** Common verbs whose rare noun readings ("a do", "the take") should not hide a bare form after "be" ("should be do first"). */
const BARE_IRREGULARS = new Set(['do', 'make', 'take', 'give', 'see', 'write', 'know', 'choose', 'speak']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
/** Readings that make a bare-looking word a noun, adjective or other non-verb ("have fun", "was home"). */
const NON_VERB_READINGS = /^(NN|NNS|NNP|JJ|JJR|JJS|RB|IN|DT|CD|PRP|CC|UH)$/;
// Tested on every word: as module constants they are not a new RegExp object each time.
const VERB_TAG = /^VB/;
const APOSTROPHE = /['’]/;

/**
 * A verb whose form does not fit the auxiliary before it: "will comes", "did understood", "to gave",
 * "have went", "was introduce", "could been". Modals, "do" and "to" take the bare infinitive; "have"
 * takes the past participle, and "be" before a bare verb makes a passive that needs it too.
 *
 * Only forms that cannot be read otherwise are judged: after "to" (also a preposition) a verb counts when
 * the word before "to" takes an infinitive or the form is one only a verb has; after "be" a bare form
 * counts only when the lexicon knows it solely as a verb ("was update" may be a noun); "what we did was
 * ask" keeps its bare verb. Quotations are left alone: a speaker's words stand.
 */
export const verbFormAfterAuxiliary: Rule<Options> = {
  meta: {
    id: 'verb-form-after-auxiliary',
    kind: 'grammar',
    description: 'A verb form that does not fit the auxiliary before it ("will comes", "have went", "to gave")',
    severity: 'warning',
    fixable: true,
    defaults: {},
    schema: {},
    messages: {
      'bare-infinitive': 'Unexpected “{{verb}}” after “{{auxiliary}}”, expected the bare infinitive “{{expected}}”',
      participle: 'Unexpected “{{verb}}” after “{{auxiliary}}”, expected the past participle “{{expected}}”',
      'be-been': 'Unexpected “{{auxiliary}}” before “been”, expected “{{expected}}”',
      'double-be': 'Unexpected “{{verb}}” after “{{auxiliary}}”: one of them is left over',
      'missing-be': 'Unexpected “{{verb}}” straight after “{{subject}}”, expected “{{expected}}”',
      'modal-to': 'Unexpected “to” after the modal “{{auxiliary}}”, which takes the bare infinitive',
      'stative-progressive': 'Unexpected progressive “{{verb}}” after “{{auxiliary}}”: “{{base}}” names a state, which takes the simple tense',
    },
  },
  create(context) {
    const { document } = context;

    /**
     * "must to go", "should to leave": a modal takes the bare infinitive without "to" ("ought to" is the
     * exception; "needn't to change" is verb-complement-form's).
     */
    function reportModalTo(sentence: Sentence, to: Word): void {
      const modal = sentence.words[to.index - 1];
      const verb = sentence.words[to.index + 1];
      if (!modal || !verb || to.quoted || to.tag !== 'TO' || modal.tag !== 'MD' || modal.text !== modal.lower || /^(ought|need|dare|needn['’]t)$/.test(modal.lower)) return;
      if (verb.tag !== 'VB' || !adjacent(document, modal, to) || !adjacent(document, to, verb)) return;
      // "the will to win", "his political will to act", "the phrase 'will to win'": the noun "will", not the modal.
      const before = sentence.words[modal.index - 1];
      if (before && (/^(DT|PRP\$|JJ|POS)$/.test(before.tag) || /['‘"“]\s*$/.test(document.source.slice(before.end, modal.start)))) return;
      // "do everything he could to help", "all they can to": the modal ends a relative clause with its verb left out.
      if (sentence.words.slice(Math.max(0, modal.index - 4), modal.index).some((word) => /^(everything|all|anything|whatever|what|much|best|something)$/.test(word.lower))) return;
      const range = { start: modal.start, end: to.end };
      context.report({ messageId: 'modal-to', data: { auxiliary: modal.text }, range, actual: document.textOf(range), expected: [modal.text], safe: false });
    }

    /** "We regularly moving the data": a subject pronoun opening a clause, then an -ing form with no "be". */
    function reportMissingBe(sentence: Sentence, subject: Word): void {
      if (subject.tag !== 'PRP') return;
      const be = PROGRESSIVE_BE.get(subject.lower);
      const before = sentence.words[subject.index - 1];
      if (be === undefined || subject.quoted) return;
      if (before && !/^(CC|IN|WRB)$/.test(before.tag) && !/,/.test(document.source.slice(before.end, subject.start))) return;
      let k = subject.index + 1;
      while (sentence.words[k] && sentence.words[k]!.tag === 'RB' && sentence.words[k]!.lower !== 'not' && k < subject.index + 3) k++;
      const verb = sentence.words[k];
      if (!verb || verb.tag !== 'VBG' || verb.text !== verb.lower || lexicalTags(verb.lower)[0] !== 'VBG' || !joinedWords(sentence, subject.index, k)) return;
      // "be" goes straight after the subject, before any adverb: "we are regularly moving".
      const range = { start: subject.start, end: verb.end };
      const expected = `${subject.text} ${be} ${document.textOf({ start: sentence.words[subject.index + 1]!.start, end: verb.end })}`;
      context.report({ messageId: 'missing-be', data: { verb: verb.text, subject: subject.text, expected }, range, actual: document.textOf(range), expected: [expected], safe: false });
    }

    /** "I afraid of the dark", "She doesn't afraid of it": a predicative-only adjective straight after a subject pronoun or negated "do". */
    function reportPredicativeWithoutBe(sentence: Sentence, adjective: Word): void {
      if (!PREDICATIVE_ONLY.has(adjective.lower) || adjective.quoted || adjective.text !== adjective.lower) return;
      const before = sentence.words[adjective.index - 1];
      if (!before || !adjacent(document, before, adjective)) return;
      const negated = NEGATED_BE[before.lower.replace(/’/g, "'")];
      const subject = negated ? sentence.words[adjective.index - 2] : before;
      if (!subject || subject.tag !== 'PRP' || (negated && !adjacent(document, subject, before))) return;
      const be = negated ? negated[subject.lower] : PROGRESSIVE_BE.get(subject.lower);
      // "they alone", "we all": only a subject opening its clause counts, as with a missing progressive "be".
      const opener = sentence.words[subject.index - 1];
      if (be === undefined || (opener && !/^(CC|IN|WRB)$/.test(opener.tag) && !/,/.test(document.source.slice(opener.end, subject.start)))) return;
      const range = { start: subject.start, end: adjective.end };
      const expected = `${subject.text} ${be} ${adjective.text}`;
      context.report({ messageId: 'missing-be', data: { verb: adjective.text, subject: negated ? before.text : subject.text, expected }, range, actual: document.textOf(range), expected: [expected], safe: false });
    }

    /** "It would nice", "the site will accessible": a modal straight before a word only an adjective can be has lost its "be". */
    function reportModalAdjective(sentence: Sentence, modal: Word): void {
      if (modal.tag !== 'MD') return;
      const adjective = sentence.words[modal.index + 1];
      if (modal.quoted || !adjective || adjective.text !== adjective.lower || !adjacent(document, modal, adjective)) return;
      const readings = lexicalTags(adjective.lower);
      if (readings.length === 0 || !readings.every((tag) => tag === 'JJ')) return;
      // "Why would external traffic be…?" opens the subject's noun phrase; "may muddy the waters" is a verb the
      // lexicon lacks, with its object. Only an adjective that ends its phrase or takes a preposition counts.
      const after = sentence.words[adjective.index + 1];
      if (after && adjacent(document, adjective, after) && !/^(IN|TO|CC|RB)$/.test(after.tag)) return;
      const range = { start: modal.start, end: adjective.end };
      const expected = `${modal.text} be ${adjective.text}`;
      context.report({ messageId: 'missing-be', data: { verb: adjective.text, subject: modal.text, expected }, range, actual: document.textOf(range), expected: [expected], safe: false });
    }

    /** "Tell me if there a delay": after a conjunction, "there" and an article with no "is" between. */
    function reportThereWithoutBe(sentence: Sentence, there: Word): void {
      if (there.lower !== 'there') return;
      const [conjunction, article, noun] = [sentence.words[there.index - 1], sentence.words[there.index + 1], sentence.words[there.index + 2]];
      if (there.quoted || !conjunction || !article || !noun || !CLAUSE_OPENERS.test(conjunction.lower) || !/^(a|an|another)$/.test(article.lower)) return;
      if (!/^(NN|JJ)$/.test(noun.tag) || !joinedWords(sentence, conjunction.index, noun.index)) return;
      const range = { start: there.start, end: article.end };
      const expected = `${there.text} ${there.text === there.text.toUpperCase() ? 'IS' : 'is'} ${article.text}`;
      context.report({ messageId: 'missing-be', data: { verb: article.text, subject: there.text, expected }, range, actual: document.textOf(range), expected: [expected], safe: false });
    }

    /**
     * "I am knowing the answer", "he had been knowing it": a verb that names a state in the progressive
     * after a pronoun subject. A noun subject is left alone, since "is knowing" after one is often a gerund
     * complement ("the key is knowing when to stop").
     */
    function reportStativeProgressive(sentence: Sentence, verb: Word): void {
      const base = STATIVE_BY_ING.get(verb.lower);
      if (base === undefined || verb.quoted) return;
      let k = verb.index - 1;
      while (k > verb.index - 3 && sentence.words[k] && /^RB/.test(sentence.words[k]!.tag) && auxiliaryClassOfBe(sentence.words[k]!) === undefined) k--;
      const be = sentence.words[k];
      const beForm = be && auxiliaryClassOfBe(be);
      if (!be || !beForm || !joinedWords(sentence, k, verb.index)) return;
      // "always doubting" complains of a habit; "very understanding", "so loving" are adjectives.
      if (sentence.words.slice(k + 1, verb.index).some((word) => /^(always|constantly|forever|continually|very|so|too|quite|extremely|really|more|most|less|incredibly)$/.test(word.lower))) return;
      // "I'm not doubting her talent" grants a point: the negated progressive of "doubt" is idiomatic.
      if (base === 'doubt' && sentence.words.slice(k, verb.index).some((word) => /^(not|never)$/.test(word.lower))) return;
      const perfect = beForm.form === 'been' ? sentence.words[k - 1] : undefined;
      if (beForm.form === 'been' && (!perfect || !/^(has|have|had)$/.test(perfect.lower) || !joinedWords(sentence, k - 1, k))) return;
      const subject = beForm.subject ?? sentence.words[(perfect ?? be).index - 1];
      const pronoun = typeof subject === 'string' ? subject : subject?.tag === 'PRP' ? subject.lower : undefined;
      if (pronoun === undefined || !SUBJECT_PRONOUNS.has(pronoun)) return;
      const start = (perfect ?? be).start;
      const range = { start, end: verb.end };
      // Only the plain case has one replacement: "am not knowing" needs "do not know", which changes the words around it.
      const plain = k === verb.index - 1;
      const simple = perfect ? `${perfect.text} ${pastParticiple(base)}` : /^(was|were)$/.test(beForm.form) ? simplePast(base) : /^(is|'s)$/.test(beForm.form) ? thirdPersonSingular(base) : base;
      const host = typeof beForm.subject === 'string' ? be.text.slice(0, be.text.search(/['’]/)) + ' ' : '';
      context.report({
        messageId: 'stative-progressive',
        data: { verb: verb.text, auxiliary: be.text, base },
        range,
        actual: document.textOf(range),
        expected: plain ? [host + simple] : [],
        safe: false,
      });
    }

    function joinedWords(sentence: Sentence, from: number, to: number): boolean {
      for (let k = from + 1; k <= to; k++) if (!adjacent(document, sentence.words[k - 1]!, sentence.words[k]!)) return false;
      return true;
    }

    /** "was not been", "wasn't been": a negated finite "be" before "been", where "have" belongs. */
    function reportNegatedBeBeen(sentence: Sentence, been: Word): void {
      if (been.lower !== 'been' || been.quoted) return;
      const before = sentence.words[been.index - 1];
      if (!before || !adjacent(document, before, been)) return;
      const contracted = NEGATED_PERFECT_OF_BE[before.lower.replace(/’/g, "'")];
      const be = before.lower === 'not' ? sentence.words[been.index - 2] : undefined;
      const perfect = contracted ?? (be && /^(was|were)$/.test(be.lower) && adjacent(document, be, before) ? PERFECT_OF_BE[be.lower] : undefined);
      const auxiliary = contracted ? before : be;
      if (perfect === undefined || auxiliary === undefined || /^'/.test(perfect)) return;
      context.report({ messageId: 'be-been', data: { auxiliary: auxiliary.text, expected: perfect }, node: auxiliary, expected: [matchFirstCapital(perfect, auxiliary.text)], safe: false });
    }

    /** "is been" (→ "has been"), "they are were", "we're are": a finite "be" straight before another form of "be". */
    function reportStackedBe(sentence: Sentence, second: Word): void {
      const first = sentence.words[second.index - 1];
      if (!first || !BE_AFTER_BE.has(second.lower)) return;
      const firstForm = first.lower.replace(/’/g, "'");
      const perfect = PERFECT_OF_BE[firstForm.replace(/^[a-z]+(?='(re|m)$)/, '')];
      // "is is" is a repeated word, which the repetition rules report.
      if (perfect === undefined || firstForm === second.lower || first.quoted || second.text !== second.lower || !adjacent(document, first, second)) return;
      if (second.lower === 'been') {
        const expected = firstForm.includes("'") ? `${first.text.slice(0, first.text.search(/['’]/))}${perfect}` : perfect;
        context.report({ messageId: 'be-been', data: { auxiliary: first.text, expected }, node: first, expected: [matchFirstCapital(expected, first.text)], safe: false });
        return;
      }
      // "they're is a new test" means "there is", which confused-word reports.
      if (/^(they|there)'re$/.test(firstForm) && /^(is|was)$/.test(second.lower)) return;
      // "What the problem is is…", "whatever it was is gone": a free relative clause ends on its own "be".
      if (sentence.words.slice(Math.max(0, first.index - 5), first.index).some((word) => /^(what|whatever|who|whoever|where|how|all)$/.test(word.lower))) return;
      const range = { start: first.start, end: second.end };
      // After a contraction the slip may be elsewhere ("They're was" for "There was"), so nothing is suggested.
      const expected = firstForm.includes("'") ? [] : [first.text];
      context.report({ messageId: 'double-be', data: { auxiliary: first.text, verb: second.text }, range, actual: document.textOf(range), expected, safe: false });
    }

    return {
      paragraph(paragraph) {
        for (const sentence of paragraph.sentences) {
          const question = isQuestion(document, sentence);
          // Headlines drop words and capitals, so their tags are guesses; a question is still read.
          const headline = (paragraph.role === 'headline' || paragraph.role === 'heading') && !question;
          if (isTitleCase(sentence.words.map((word) => word.text))) continue;
          for (const word of sentence.words) {
            if (word.lower === 'to') reportModalTo(sentence, word);
            if (!headline) reportMissingBe(sentence, word);
            if (!headline) reportModalAdjective(sentence, word);
            if (!headline) reportPredicativeWithoutBe(sentence, word);
            reportThereWithoutBe(sentence, word);
            reportStackedBe(sentence, word);
            reportNegatedBeBeen(sentence, word);
            if (!headline) reportStativeProgressive(sentence, word);
            if (word.quoted || word.text !== word.lower || !VERB_TAG.test(word.tag) || APOSTROPHE.test(word.text)) continue;
            const governor = governorOf(document, sentence, word.index, question);
            const expected = governor && expectedForm(document, sentence, word, governor);
            // A headline's "to" is often a preposition before a noun the tagger read as a verb ("flock to tills").
            if (!governor || !expected || (headline && governor.kind === 'to')) continue;
            context.report({
              messageId: expected.messageId,
              data: { verb: word.text, auxiliary: governor.word.text, expected: expected.forms[0]! },
              node: word,
              expected: expected.forms,
              safe: false,
            });
          }
        }
      },
    };
  },
};

function expectedForm(document: NewsDocument, sentence: Sentence, verb: Word, governor: Governor): Expected | undefined {
  switch (governor.kind) {
    case 'modal':
    case 'do':
      return afterModalOrDo(sentence, verb, governor);
    case 'to':
      return afterTo(sentence, verb, governor);
    case 'have':
      return afterHave(sentence, verb, governor);
    case 'be':
      return afterBe(document, sentence, verb, governor);
  }
}

/** "will comes", "did understood", "could been", "should has": a modal or "do" takes the bare verb. */
function afterModalOrDo(sentence: Sentence, verb: Word, governor: Governor): Expected | undefined {
  const base = verb.lemma;
  if (!isInflectedVerb(verb)) return undefined;
  const next = sentence.words[verb.index + 1];
  // "What it does is", "all he did was ask": the verb of a pseudo-cleft, not the complement of "do".
  if (governor.kind === 'do' && verb.lemma === 'be' && !/n['’]t$/.test(governor.word.lower)) return undefined;
  if (verb.tag === 'VBZ') {
    // "does sums", "could do wonders": "do" before a plural noun the tagger read as a verb is a main verb with its object.
    // An inverted "do" has its subject between, so it cannot be the main verb ("Does the plan works?").
    if (governor.kind === 'do' && !governor.inverted && lexicalTags(verb.lower).includes('NNS') && !/n['’]t$/.test(governor.word.lower) && sentence.words[verb.index - 1]?.lower !== 'not') return undefined;
    return bare(base);
  }
  if (verb.tag === 'VBD' || verb.tag === 'VBN') {
    // "Did a man called Daffodil come here?": a participle after the subject of a question, whose verb comes later.
    if (governor.inverted && (sentence.words.slice(verb.index + 1).some((word) => word.tag === 'VB') || /^NNP/.test(next?.tag ?? ''))) return undefined;
    // "Will increased funding help?": a participle before a noun (or an adjective or a name and a noun) is an
    // adjective; before an adjective alone it is a verb ("may seen impossible").
    // "anything", "everyone" are pronouns, which no participle modifies ("didn't said anything").
    const pronounAhead = next !== undefined && /^(any|some|no|every)(thing|one|body)$/.test(next.lower);
    const nounAhead = next !== undefined && !pronounAhead && (/^(NN|NNS)$/.test(next.tag) || (/^(JJ|NNP)$/.test(next.tag) && /^(NN|NNS|JJ)$/.test(sentence.words[verb.index + 2]?.tag ?? '')));
    if (nounAhead && lexicalTags(verb.lower).includes('JJ')) return undefined;
    if (governor.kind === 'modal' && participleOnly(verb.lower, base)) return { messageId: 'bare-infinitive', forms: [base, `have ${verb.lower}`] };
    return bare(base);
  }
  return undefined;
}

/** "to gave", "to learns", "used to been": after an infinitive "to", the bare verb. */
function afterTo(sentence: Sentence, verb: Word, governor: Governor): Expected | undefined {
  // "back to were you came from" is a confused word, not a verb form; "the guy we spoke to seems" ends a clause at "to".
  if (!isInflectedVerb(verb) || (verb.lemma === 'be' && verb.lower !== 'been') || strandedTo(sentence, governor.word.index)) return undefined;
  const readings = lexicalTags(verb.lower);
  const taker = infinitiveTaker(sentence, governor.word.index);
  const next = sentence.words[verb.index + 1];
  // An -ing form after "to" is a gerund after a preposition ("used to making", "committed to cutting"), or
  // a verb-complement-form slip ("eager to buying"), which that rule reports.
  if (verb.tag === 'VBG') return undefined;
  if (verb.tag === 'VBZ') {
    // "agreed to talks with the union", "flock to tills": a plural noun; a verb takes its object or ends the clause ("tried not to laughs").
    const nounish = readings.some((tag) => tag === 'NNS' || tag === 'NN') || lexicalTags(verb.lemma).includes('NN');
    if (!nounish) return bare(verb.lemma);
    const objectOrEnd = next === undefined || /^(DT|PRP|PRP\$|EX|RB)$/.test(next.tag);
    return taker && objectOrEnd ? bare(verb.lemma) : undefined;
  }
  // "to been" and "to gave" are never a preposition and its object; "to limited talks" may be.
  const adjectival = next !== undefined && /^(NN|NNS|JJ)$/.test(next.tag);
  const onlyVerb = verb.lower === 'been' || pastInsteadOfParticiple(verb.lower, verb.lemma) !== undefined || (participleOnly(verb.lower, verb.lemma) && !adjectival);
  const objectOrEnd = next === undefined || /^(DT|PRP|PRP\$)$/.test(next.tag);
  // "eager to bought cars": a past form with no adjective reading cannot modify the noun after it.
  const noAdjective = !readings.includes('JJ') && verb.tag === 'VBD';
  return onlyVerb || (taker && (noAdjective || (!adjectival && (objectOrEnd || !readings.includes('JJ'))))) ? bare(verb.lemma) : undefined;
}

/** "have went", "has wrote", "I've modify", "Where have you were?": "have" takes the past participle. */
function afterHave(sentence: Sentence, verb: Word, governor: Governor): Expected | undefined {
  const base = verb.lemma;
  // "What little money I had was stolen", "the car they had broke down": "have" ends a relative clause.
  if (!governor.inverted && (base === 'be' || endsContactClause(sentence, governor.word.index))) return undefined;
  const participle = pastInsteadOfParticiple(verb.lower, base);
  if (participle) return { messageId: 'participle', forms: [participle] };
  const next = sentence.words[verb.index + 1];
  // "have eat dinner", "has give up", "has already leave.": a common verb whose participle is irregular, or one
  // read first as a verb before a particle, an object pronoun or the end of its clause, cannot be a modifier.
  const firstVerb = verb.tag === 'VB' && lexicalTags(verb.lower)[0] === 'VB' && verb.lower !== 'be' && pastParticiple(base) !== verb.lower;
  const irregular = irregularPrincipalParts(base) !== undefined && onlyVerbReadings(verb);
  const closes = next === undefined || /^(RP|RB)$/.test(next.tag) || /^(me|him|her|us|them|you|it)$/.test(next.lower) || /^[.!?;,]/.test(sentence.text.slice(verb.end - sentence.start).trimStart());
  if (firstVerb && (irregular || closes)) return { messageId: 'participle', forms: [pastParticiple(base)] };
  // "have hamstring concerns", "have download speeds": a word before a noun is its modifier.
  if (next && /^(NN|NNS)$/.test(next.tag)) return undefined;
  if ((verb.tag === 'VB' || verb.tag === 'VBP') && onlyVerbReadings(verb) && verb.lower !== 'be') return { messageId: 'participle', forms: [pastParticiple(base)] };
  // "have see the film": a word that is first of all a verb, with its object after it, unless its participle is spelt alike ("have cut the").
  const object = next !== undefined && /^(DT|PRP\$)$/.test(next.tag);
  if (verb.tag === 'VB' && object && lexicalTags(verb.lower)[0] === 'VB' && pastParticiple(base) !== verb.lower && verb.lower !== 'be') return { messageId: 'participle', forms: [pastParticiple(base)] };
  return undefined;
}

/** "was introduce", "has been update", "must be replaces": a bare verb after "be" is a passive missing its participle. */
function afterBe(document: NewsDocument, sentence: Sentence, verb: Word, governor: Governor): Expected | undefined {
  // "has been gave", "was took": an irregular past where the participle belongs ("was broke" is an adjective).
  const participle = pastInsteadOfParticiple(verb.lower, verb.lemma);
  // After a finite "be", a past with a noun or adjective reading may be one ("was saw mill owner"), and
  // "be", "do" and "have" themselves start a clause of their own ("the question is did she").
  const pastOnly = !lexicalTags(verb.lower).some((tag) => /^(JJ|NN)$/.test(tag)) && !/^(be|do|have)$/.test(verb.lemma) && !/^(be|being)$/.test(governor.word.lower);
  if (participle && (governor.word.lower === 'been' || pastOnly)) return { messageId: 'participle', forms: [participle] };
  // "is cause by a bug": before "by" and its agent, a bare form that is first of all a verb is a passive too.
  // "is close by" ends on an adverb, so an agent must follow.
  const agent =
    sentence.words[verb.index + 1]?.lower === 'by' &&
    /^(DT|PRP\$|PRP|NN|NNS|NNP|NNPS|JJ|CD)$/.test(sentence.words[verb.index + 2]?.tag ?? '') &&
    verb.tag !== 'VBZ' &&
    /^VB/.test(lexicalTags(verb.lower)[0] ?? '');
  const bareVerb = onlyVerbReadings(verb) || agent || (BARE_IRREGULARS.has(verb.lower) && (verb.tag === 'VB' || verb.tag === 'VBP'));
  if (!bareVerb || !/^(VB|VBP|VBZ)$/.test(verb.tag)) return undefined;
  // "All we did was ask", "what they do is wait": a bare verb after "is" or "was" in a pseudo-cleft.
  const before = sentence.words.slice(0, governor.word.index);
  if (before.some((word) => word.lemma === 'do' || /^(all|what)$/.test(word.lower)) && governor.word.lower !== 'been' && governor.word.lower !== 'be') return undefined;
  // "to be honest", "let it be": the verb after it must take an object or end the clause as a passive would;
  // "is understudy to", "is heir to": a noun with its complement.
  if (verb.lower === 'be' || document.source.slice(governor.word.end, verb.start).includes('\n') || sentence.words[verb.index + 1]?.lower === 'to') return undefined;
  return { messageId: 'participle', forms: [pastParticiple(verb.lemma)] };
}

/** A form of a verb that differs from its base: "comes", "came", "gone", "walking". */
function isInflectedVerb(verb: Word): boolean {
  return verb.lower !== verb.lemma && /^[a-z]+$/.test(verb.lemma) && lexicalTags(verb.lemma).some((tag) => tag === 'VB' || tag === 'VBP');
}

/** A word the lexicon knows only as a verb ("introduce", "modify"), never as a noun or adjective. */
function onlyVerbReadings(verb: Word): boolean {
  const readings = lexicalTags(verb.lower);
  return readings.length > 0 && readings.every((tag) => /^VB/.test(tag)) && !readings.some((tag) => NON_VERB_READINGS.test(tag));
}

/** Whether a word up to four before "to" takes an infinitive ("tried to", "convinced her to", "not to"). */
function infinitiveTaker(sentence: Sentence, toIndex: number): boolean {
  for (let k = toIndex - 1; k >= Math.max(0, toIndex - 4); k--) {
    const word = sentence.words[k]!;
    // "an easy path to becoming": an adjective before a noun describes the noun, which "to" then follows.
    if (word.tag === 'JJ' && k < toIndex - 1 && /^NNS?$/.test(sentence.words[k + 1]!.tag)) return false;
    if (INFINITIVE_TAKERS.has(word.lemma) || INFINITIVE_TAKERS.has(word.lower)) return true;
    if (!/^(PRP|PRP\$|NN|NNS|NNP|RB|DT)$/.test(word.tag)) return false;
  }
  return false;
}

/** "The guy who we spoke to", "the person I told my idea to": a preposition left at the end of a relative clause. */
function strandedTo(sentence: Sentence, toIndex: number): boolean {
  const words = sentence.words;
  for (let r = toIndex - 2; r >= 0; r--) {
    const [marker, subject] = [words[r]!, words[r + 1]!];
    const relative = /^(who|whom|which|that)$/.test(marker.lower) || /^(NN|NNS)$/.test(marker.tag);
    if (relative && SUBJECT_PRONOUNS.has(subject.lower) && subject.tag === 'PRP') return true;
  }
  return false;
}

/** "the money I had", "the effect your plan had": a verb right after a noun and its own subject closes a contact clause. */
function endsContactClause(sentence: Sentence, verbIndex: number): boolean {
  const words = sentence.words;
  let start = verbIndex - 1;
  if (!words[start]) return false;
  if (words[start]!.tag !== 'PRP') while (start > 0 && /^(NN|NNS|NNP|JJ|DT|PRP\$)$/.test(words[start - 1]!.tag) && /^(NN|NNS|NNP|JJ)$/.test(words[start]!.tag)) start--;
  const before = words[start - 1];
  return before !== undefined && /^(NN|NNS|JJ)$/.test(before.tag) && /^(PRP|NN|NNS|NNP|DT|PRP\$)$/.test(words[start]!.tag);
}

function bare(base: string): Expected {
  return { messageId: 'bare-infinitive', forms: [base] };
}

/** A finite or perfect "be", alone or as a pronoun's clitic ("I'm", "they're", "he's"), with the pronoun when it is a clitic's host. */
function auxiliaryClassOfBe(word: Word): { form: string; subject?: string } | undefined {
  const lower = word.lower.replace(/’/g, "'");
  if (/^(am|is|are|was|were|been)$/.test(lower)) return { form: lower };
  const clitic = lower.match(/^(i|we|you|they|he|she)('m|'re|'s)$/);
  return clitic ? { form: clitic[2]!, subject: clitic[1]! } : undefined;
}

function isQuestion(document: NewsDocument, sentence: Sentence): boolean {
  const last = sentence.words[sentence.words.length - 1];
  return last !== undefined && document.source.slice(last.end, sentence.end + 1).includes('?');
}
