import { irregularPastKind, irregularVerbBase } from './lemma-irregulars.js';
import type { Token } from './tagger-token.js';

/**
 * The tagger's context rules: small, named corrections applied in order to the lexicon's likeliest
 * tags, each aimed at a distinction newslint's rules rely on (finite verb vs participle, names).
 */

const nounTags = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const finiteTags = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const verbTags = new Set(['VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ', 'MD']);
// The lexicon lists rare readings ("in" as VBD, "a" as VB); rules only re-tag words whose likeliest reading is open-class.
const openClassTags = new Set(['NN', 'NNS', 'JJ', 'JJR', 'JJS', 'RB', 'VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ']);
// Tags that can open a new clause: prepositions and subordinators, wh-words, conjunctions.
const clauseStartTags = new Set(['IN', 'WDT', 'WP', 'WRB', 'CC']);
const nounPhraseTags = new Set(['DT', 'PDT', 'PRP', 'PRP$', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'RB']);

const haveForms = new Set(['have', 'has', 'had', 'having']);
const doForms = new Set(['do', 'does', 'did']);
const auxiliaryForms = new Set([...haveForms, ...doForms, 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am']);
// Forms of "be" and of passive "get" ("got sacked").
const beForms = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'get', 'gets', 'got', 'gotten', 'getting']);
const particles = new Set(['down', 'up', 'out', 'off', 'away', 'back']);
// Verbs that introduce reported speech, often without "that" ("said the firm plans to…").
const reportingVerbs = new Set([
  'say', 'says', 'said', 'added', 'adds', 'believe', 'believes', 'think', 'thinks', 'claimed', 'claims', 'insisted', 'insists',
  'warned', 'warns', 'argued', 'argues', 'stressed', 'noted', 'suggested', 'suggests',
]);
// Subject pronouns that take the plain present ("we say", "I think").
/** Words tagged IN that open a clause rather than a prepositional phrase. */
const subordinators = new Set(['that', 'because', 'if', 'when', 'while', 'although', 'though', 'since', 'as', 'after', 'before', 'until', 'unless', 'whether', 'once', 'so']);
const pluralPronouns = new Set(['we', 'they', 'you', 'i']);
// Pronouns that are only ever subjects ("it" and "you" are objects too).
const subjectPronouns = new Set(['i', 'we', 'they', 'he', 'she']);
// Nouns that follow "to" bare ("went to court"), so a verb reading there is not forced.
const bareDestinations = new Set(['court', 'hospital', 'school', 'work', 'church', 'bed', 'prison', 'jail', 'power', 'market', 'sea', 'town', 'office', 'trial', 'war', 'press', 'date', 'college', 'university', 'parliament', 'congress']);

// Readings English spells alike, which the lexicon does not always list together: "enveloped" is
// listed only as VBN, "fund" only as VBP.
const sameSpelling: Readonly<Record<string, string>> = { VBD: 'VBN', VBN: 'VBD', VB: 'VBP', VBP: 'VB' };

/** Whether a rule may give `token` the reading `tag`. */
function can(token: Token, tag: string): boolean {
  if (token.tag === tag) return true;
  if (!openClassTags.has(token.candidates[0]!)) return false;
  // The lexicon's rare readings of auxiliaries ("is" as NNS) and of irregular verbs ("grew" as VBN) are noise.
  if (auxiliaryForms.has(token.lower) && !verbTags.has(tag)) return false;
  if (tag === 'VBN' || tag === 'VBD') {
    // Past forms end in -ed unless the verb is irregular ("air" listed as VBN is noise).
    const irregular = irregularVerbBase(token.lower) !== undefined;
    if (!irregular && !token.lower.endsWith('ed')) return false;
    const kind = irregularPastKind(token.lower);
    if ((tag === 'VBN' && kind === 'past') || (tag === 'VBD' && kind === 'participle')) return false;
  }
  if (token.candidates.includes(tag)) return true;
  const twin = sameSpelling[tag];
  if (!twin || !token.candidates.includes(twin) || beForms.has(token.lower)) return false;
  // "needs", "dares": an -s form the lexicon also lists as VBP is a third-person form, never the base.
  if (tag === 'VB' && token.candidates.includes('VBZ') && token.lower.endsWith('s')) return false;
  return tag === 'VB' || tag === 'VBP' || token.lower.endsWith('ed');
}

function isHave(token: Token | undefined): boolean {
  return token !== undefined && (haveForms.has(token.lower) || token.lemma === 'have');
}

function isBe(token: Token | undefined): boolean {
  return token !== undefined && (beForms.has(token.lower) || token.lemma === 'be');
}

/** Index of the nearest token before `index` that is not an adverb ("has not yet gone"), or -1. */
function previousNonAdverbIndex(tokens: readonly Token[], index: number): number {
  for (let i = index - 1; i >= 0; i -= 1) if (!tokens[i]!.tag.startsWith('RB')) return i;
  return -1;
}

function previousNonAdverb(tokens: readonly Token[], index: number): Token | undefined {
  return tokens[previousNonAdverbIndex(tokens, index)];
}

/** True when a finite verb appears before `index` since the start of the current clause. */
function finiteVerbInClause(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    const tag = tokens[i]!.tag;
    // "said the firm plans to…": a reporting verb opens a new clause even without "that".
    if (reportingVerbs.has(tokens[i]!.lower)) return false;
    if (finiteTags.has(tag)) return true;
    if (clauseStartTags.has(tag) && tokens[i]!.lower !== 'of') return false;
  }
  return false;
}

function isSubject(token: Token | undefined): boolean {
  if (!token || token.possessive) return false;
  return nounTags.has(token.tag) || token.tag === 'PRP' || token.tag === 'WP' || token.tag === 'WDT' || token.tag === 'EX';
}

/** An undecided past form that may be a participle ("pledged", "brokered"), whatever its likeliest tag. */
function maybeParticiple(token: Token): boolean {
  return !token.settled && ['VBD', 'VBN', 'JJ'].includes(token.tag) && can(token, 'VBN');
}

/**
 * True when the words after `index` are prepositional phrases ending at a finite verb:
 * "[published] on Thursday found", "[signed] by the governor on Monday bans".
 */
function prepositionalPhrasesThenVerb(tokens: readonly Token[], index: number): boolean {
  let expectingPreposition = true;
  let afterHead = false;
  for (let j = index + 1; j < tokens.length; j += 1) {
    const token = tokens[j]!;
    if (finiteTags.has(token.tag)) return !expectingPreposition && afterHead;
    if ((token.tag === 'IN' || token.tag === 'TO') && token.lower !== 'that') {
      expectingPreposition = false;
      afterHead = false;
      continue;
    }
    if (expectingPreposition) return false;
    // A determiner after a head noun starts a new noun phrase with no preposition: not a run of phrases.
    if (afterHead && !nounTags.has(token.tag)) return false;
    if (!nounPhraseTags.has(token.tag)) return false;
    afterHead = nounTags.has(token.tag) || token.tag === 'CD';
  }
  return false;
}

/** What the rules know about the whole sentence. */
export interface SentenceContext {
  titleCase: boolean;
}

/** One named correction over a sentence's tokens. */
export interface ContextRule {
  name: string;
  apply(tokens: Token[], sentence: SentenceContext): void;
}

function settle(token: Token, tag: string): void {
  token.tag = tag;
  token.settled = true;
}

/** Context rules, in the order they run. Each is small and named so the bench can measure it alone. */
export const contextRules: readonly ContextRule[] = [
  {
    // "they'd left" is "had", "they'd leave" is "would".
    name: 'contracted-had',
    apply(tokens) {
      tokens.forEach((token, i) => {
        const next = tokens[i + 1];
        if (token.clitic === "'d" && next && can(next, 'VBN') && !can(next, 'VB')) {
          token.tag = 'VBD';
          token.lemma = 'have';
        }
      });
    },
  },
  {
    name: 'infinitive-after-to',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || token.settled || tokens[i - 1]!.tag !== 'TO' || !can(token, 'VB')) return;
        if (!verbTags.has(token.candidates[0]!) && bareDestinations.has(token.lower)) return;
        settle(token, 'VB');
      });
    },
  },
  {
    // "could create", "did not regret", and questions: "Will the government raise…", "Why did the ministry wait…".
    name: 'base-after-modal',
    apply(tokens) {
      tokens.forEach((token, k) => {
        const doSupport = (token.lemma === 'do' || doForms.has(token.lower)) && finiteTags.has(token.tag);
        if (token.tag !== 'MD' && !doSupport) return;
        const inverted = k === 0 || ['WRB', 'WP', 'WDT'].includes(tokens[k - 1]!.tag);
        for (let j = k + 1, phrase = 0; j < tokens.length; j += 1) {
          const next = tokens[j]!;
          if (next.tag.startsWith('RB') && !can(next, 'VB')) continue;
          // "Do your father…": in a question, the word right after a determiner is the subject's noun.
          const afterDeterminer = phrase > 0 && ['DT', 'PRP$'].includes(tokens[j - 1]!.tag) && can(next, 'NN');
          if (can(next, 'VB') && !next.settled && !afterDeterminer) {
            settle(next, 'VB');
            return;
          }
          if (!inverted || !nounPhraseTags.has(next.tag) || ++phrase > 5) return;
        }
      });
    },
  },
  {
    // Brill's classic: a determiner, possessive or adjective is followed by a noun, not a verb.
    name: 'noun-after-determiner',
    apply(tokens) {
      tokens.forEach((token, i) => {
        // Participles after a determiner stay verbs, as Penn tags them ("the developing world", "the leaked files").
        if (i === 0 || token.settled || !['VB', 'VBP', 'VBZ', 'VBD'].includes(token.tag)) return;
        const previous = tokens[i - 1]!;
        const adjective = ['JJ', 'JJR', 'JJS'].includes(previous.tag);
        const determines = ['DT', 'PRP$'].includes(previous.tag) || previous.possessive || adjective;
        if (!determines || ['that', 'this', 'these', 'those', 'all', 'both'].includes(previous.lower)) return;
        // "crude fell": after an adjective a past tense is more often the verb of a noun phrase than a noun.
        if (adjective && token.tag === 'VBD') return;
        if (token.tag === 'VBZ' && can(token, 'NNS')) token.tag = 'NNS';
        else if (can(token, 'NN')) token.tag = 'NN';
      });
    },
  },
  {
    // "unavailable for comment", "in turn": a preposition takes a noun, not a bare verb.
    name: 'noun-after-preposition',
    apply(tokens) {
      tokens.forEach((token, i) => {
        const previous = tokens[i - 1];
        if (!previous || token.settled || previous.tag !== 'IN' || !['VB', 'VBP'].includes(token.tag)) return;
        // "rather than wait", "whether stay": these words can take a clause or a bare verb.
        if (['that', 'than', 'whether'].includes(previous.lower)) return;
        if (can(token, 'NN')) token.tag = 'NN';
      });
    },
  },
  {
    // "against the incumbent": an adjective after a determiner with no noun to modify is the noun.
    name: 'adjective-as-noun-head',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || token.settled || token.tag !== 'JJ' || tokens[i - 1]!.tag !== 'DT' || !can(token, 'NN')) return;
        const next = tokens[i + 1];
        if (!next || next.tag === 'IN' || next.tag === 'TO' || finiteTags.has(next.tag)) token.tag = 'NN';
      });
    },
  },
  {
    name: 'participle-after-have-be',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (token.settled) return;
        const previous = previousNonAdverb(tokens, i);
        // After "be", an -ing form is progressive ("was ending"), whatever rarer readings the lexicon lists.
        if (isBe(previous) && token.lower.endsWith('ing') && can(token, 'VBG')) settle(token, 'VBG');
        else if ((isHave(previous) || isBe(previous)) && can(token, 'VBN')) settle(token, 'VBN');
      });
    },
  },
  {
    // "a started process", "the leaked files": no finite verb follows a determiner directly.
    name: 'participle-after-determiner',
    apply(tokens) {
      tokens.forEach((token, i) => {
        const previous = tokens[i - 1];
        if (!previous || !maybeParticiple(token) || token.tag !== 'VBD') return;
        if (['DT', 'PRP$'].includes(previous.tag) || previous.possessive) settle(token, 'VBN');
      });
    },
  },
  {
    // "The ceasefire, brokered by Egypt, …": a past form before "by" is a passive participle.
    name: 'participle-before-by',
    apply(tokens) {
      tokens.forEach((token, i) => {
        // "grew by 8.5" measures a change; only "by" + agent marks a passive.
        if (!maybeParticiple(token) || tokens[i + 1]?.lower !== 'by' || tokens[i + 2]?.tag === 'CD') return;
        if (i === 0 || nounTags.has(tokens[i - 1]!.tag)) settle(token, 'VBN');
      });
    },
  },
  {
    // "Built in the 1920s, the bridge…": a sentence that opens on a past form opens on a participle clause.
    name: 'participle-opening-clause',
    apply(tokens) {
      const first = tokens[0];
      if (first && maybeParticiple(first)) settle(first, 'VBN');
    },
  },
  {
    // "The report, published on Thursday, found…": noun + past form + prepositional phrase + finite verb.
    name: 'reduced-relative',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || !maybeParticiple(token)) return;
        if (!nounTags.has(tokens[i - 1]!.tag) || finiteVerbInClause(tokens, i)) return;
        if (prepositionalPhrasesThenVerb(tokens, i)) settle(token, 'VBN');
      });
    },
  },
  {
    // "Police arrested three men": a past form straight after its subject is the finite verb.
    name: 'past-after-subject',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (token.settled || token.tag !== 'VBN' || !can(token, 'VBD')) return;
        if (isSubject(previousNonAdverb(tokens, i))) settle(token, 'VBD');
      });
    },
  },
  {
    // "the river burst its banks", "the law bans the sale": subject + noun-looking verb + object.
    name: 'verb-after-subject',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (token.settled || !['NN', 'NNS', 'JJ'].includes(token.tag)) return;
        const previous = tokens[i - 1];
        const next = tokens[i + 1];
        if (!isSubject(previous) || !next || !['DT', 'PRP$', 'CD', 'TO'].includes(next.tag)) return;
        // "plans to grow" is a verb; "results to March" a noun followed by a preposition.
        const afterTo = tokens[i + 2];
        if (next.tag === 'TO' && !(afterTo && !afterTo.capitalized && can(afterTo, 'VB'))) return;
        if (finiteVerbInClause(tokens, i) && !['WDT', 'WP'].includes(previous!.tag)) return;
        const plural = previous!.tag === 'NNS' || previous!.tag === 'NNPS' || pluralPronouns.has(previous!.lower);
        const order = plural ? ['VBP', 'VBD'] : ['VBZ', 'VBD'];
        const tag = order.find((candidate) => can(token, candidate));
        if (tag) settle(token, tag);
      });
    },
  },
  {
    // "They drops off the kids", "You boxes the parcels": straight after a subject pronoun a word that can
    // be a verb is one, agreeing or not (subject-verb-agreement reads the slip). An appositive noun keeps
    // its tag, as its verb follows it ("we journalists know", "we parents sometimes forget").
    name: 'verb-after-subject-pronoun',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || token.settled || token.tag !== 'NNS' || !can(token, 'VBZ')) return;
        const previous = tokens[i - 1]!;
        const before = tokens[i - 2];
        // "stared at she shoes": after a preposition the pronoun stands where an object belongs.
        if (before && before.tag === 'IN' && !subordinators.has(before.lower)) return;
        // "told you things": "you" is a subject only where a clause starts.
        const youAsSubject = previous.lower === 'you' && (before === undefined || clauseStartTags.has(before.tag));
        if (!subjectPronouns.has(previous.lower) && !youAsSubject) return;
        let k = i + 1;
        while (tokens[k]?.tag === 'RB') k++;
        const next = tokens[k];
        if (next && (verbTags.has(next.tag) || nounTags.has(next.tag))) return;
        settle(token, 'VBZ');
      });
    },
  },
  {
    // "people who lives here": "who" is followed by its verb, not by a plural noun, unless a verb follows
    // that noun ("the man who sources say was…").
    name: 'verb-after-who',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || token.settled || tokens[i - 1]!.lower !== 'who' || token.tag !== 'NNS' || !can(token, 'VBZ')) return;
        const next = tokens[i + 1];
        // "thanks to" is a preposition wherever it stands.
        if (next && (finiteTags.has(next.tag) || next.tag === 'VB' || (token.lower === 'thanks' && next.lower === 'to'))) return;
        settle(token, 'VBZ');
      });
    },
  },
  {
    // "a vaccine that protects": "that" between a noun and a verb is a relative pronoun.
    name: 'relative-that',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (token.lower !== 'that') return;
        // "That is…", "the value of that stake": a determiner or demonstrative.
        if (i === 0 || tokens[i - 1]!.tag === 'IN') {
          token.tag = 'DT';
          return;
        }
        const next = tokens[i + 1];
        // A contraction after "that" ("that there's", "that we'll") brings its own subject: a new clause.
        if (!next || next.clitic) return;
        if (nounTags.has(tokens[i - 1]!.tag) && (finiteTags.has(next.tag) || (verbTags.has(next.candidates[0]!) && next.tag !== 'DT'))) {
          token.tag = 'WDT';
        }
      });
    },
  },
  {
    // "we appreciate", "analysts now say", "who rely": a base form right after its subject is finite:
    // present after a plural subject or a relative pronoun, past after a singular one ("It cut…", "Reuters beat…").
    name: 'finite-after-subject',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || token.settled || token.tag !== 'VB') return;
        const subjectIndex = previousNonAdverbIndex(tokens, i);
        const subject = tokens[subjectIndex];
        if (!isSubject(subject)) return;
        // "let the children go", "make them leave": after a verb the noun is an object, and the base form stays.
        if (subjectIndex > 0 && verbTags.has(tokens[subjectIndex - 1]!.tag)) return;
        const plural = subject!.tag === 'NNS' || subject!.tag === 'NNPS' || pluralPronouns.has(subject!.lower);
        if ((plural || subject!.tag === 'WDT' || subject!.tag === 'WP') && can(token, 'VBP')) settle(token, 'VBP');
        else if (!plural && can(token, 'VBD')) settle(token, 'VBD');
      });
    },
  },
  {
    // "They like it", "he like it": straight after a subject pronoun (not an object one after a verb:
    // "loves you like a brother"), "like" is the verb.
    name: 'like-after-subject',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (token.lower !== 'like' || token.settled || i === 0) return;
        const subject = tokens[i - 1]!;
        const beforeSubject = tokens[i - 2];
        if (!subjectPronouns.has(subject.lower) || (beforeSubject && verbTags.has(beforeSubject.tag))) return;
        settle(token, 'VBP');
      });
    },
  },
  {
    // "European Union", "Federal Reserve": a capitalised adjective or noun beside a name is part of it.
    name: 'proper-noun-run',
    apply(tokens, sentence) {
      if (sentence.titleCase) return;
      tokens.forEach((token, i) => {
        if (!token.capitalized || !['JJ', 'NN', 'NNS', 'RB'].includes(token.tag)) return;
        // "Moscow-based US lawyer": a compound ending in a lower-case word is a modifier, not part of the name.
        if (/-\p{Ll}+$/u.test(token.text)) return;
        // The first word only joins a name that follows it, and only if the lexicon allows a name reading.
        const neighbours = i === 0 ? [tokens[1]] : [tokens[i - 1], tokens[i + 1]];
        if (i === 0 && !token.candidates.some((tag) => tag.startsWith('NNP'))) return;
        const beside = neighbours.some((other) => other?.capitalized && other.tag.startsWith('NNP'));
        if (beside) token.tag = token.tag === 'NNS' ? 'NNPS' : 'NNP';
      });
    },
  },
  {
    // "more hesitant", "much larger": a degree word before an adjective or adverb is an adverb.
    name: 'degree-adverb',
    apply(tokens) {
      tokens.forEach((token, i) => {
        const next = tokens[i + 1];
        if (!next || !/^(?:JJ|RB)/.test(next.tag)) return;
        if (token.lower === 'more' || token.lower === 'less') token.tag = 'RBR';
        else if (token.lower === 'most' || token.lower === 'least') token.tag = 'RBS';
        else if (token.lower === 'much' && /^(?:JJR|RBR)$/.test(next.tag)) token.tag = 'RB';
      });
    },
  },
  {
    // "half their value", "all the money".
    name: 'predeterminer',
    apply(tokens) {
      tokens.forEach((token, i) => {
        const next = tokens[i + 1];
        if (['all', 'both', 'half'].includes(token.lower) && next && ['DT', 'PRP$'].includes(next.tag)) token.tag = 'PDT';
      });
    },
  },
  {
    // "broke down over", "running out of": a particle ends the verb, it does not start a phrase.
    name: 'particle-after-verb',
    apply(tokens) {
      tokens.forEach((token, i) => {
        if (i === 0 || !particles.has(token.lower) || !verbTags.has(tokens[i - 1]!.tag)) return;
        const next = tokens[i + 1];
        if (!next || ['IN', 'TO'].includes(next.tag)) token.tag = 'RP';
      });
    },
  },
];

