/**
 * Words that govern one preposition, with a preposition learners and translators often put in its
 * place: "afraid from" → "afraid of", "accused for" → "accused of". Heads are dictionary forms (an
 * inflected verb matches by its lemma). Only pairings that have no correct reading of their own are
 * listed: "dying from", "covered by", "fed up of" and "married with children" are all fine.
 */
export const WRONG_PREPOSITIONS: ReadonlyArray<readonly [head: string, wrong: string, right: string]> = [
  ['afraid', 'from', 'of'], ['jealous', 'from', 'of'], ['envious', 'from', 'of'], ['guilty', 'for', 'of'], ['accuse', 'for', 'of'],
  ['interested', 'by', 'in'], ['interested', 'for', 'in'], ['interested', 'about', 'in'], ['deprive', 'from', 'of'],
  ['rid', 'from', 'of'], ['compose', 'from', 'of'], ['full', 'with', 'of'], ['accustomed', 'with', 'to'], ['capable', 'to', 'of'],
  ['consist', 'to', 'of'], ['participate', 'to', 'in'], ['insist', 'to', 'on'], ['absorbed', 'at', 'in'], ['disappointed', 'from', 'with'],
  ['cure', 'against', 'for'], ['yell', 'on', 'at'], ['depend', 'of', 'on'], ['dependent', 'of', 'on'], ['responsible', 'of', 'for'],
  ['proud', 'on', 'of'], ['aware', 'about', 'of'], ['tired', 'about', 'of'], ['angry', 'against', 'with'], ['superior', 'than', 'to'],
  ['inferior', 'than', 'to'], ['senior', 'than', 'to'], ['junior', 'than', 'to'], ['prior', 'than', 'to'], ['similar', 'as', 'to'],
  ['suffer', 'of', 'from'], ['capable', 'for', 'of'], ['ashamed', 'for', 'of'], ['fond', 'for', 'of'], ['addicted', 'with', 'to'],
  ['consist', 'from', 'of'], ['passionate', 'of', 'about'], ['passionate', 'by', 'about'], ['anxious', 'of', 'about'],
  // Learners' and translators' pairings, from general knowledge of English usage.
  ['different', 'of', 'from'], ['similar', 'with', 'to'], ['famous', 'of', 'for'], ['keen', 'of', 'on'], ['keen', 'in', 'on'],
  ['satisfied', 'from', 'with'], ['pleased', 'from', 'with'], ['surprised', 'from', 'at'], ['interested', 'on', 'in'],
  ['aware', 'for', 'of'], ['rich', 'of', 'in'], ['jealous', 'on', 'of'], ['proud', 'for', 'of'], ['scared', 'from', 'of'],
  ['terrified', 'from', 'of'], ['frightened', 'from', 'of'], ['polite', 'with', 'to'],
  ['married', 'of', 'to'], ['believe', 'on', 'in'], ['congratulate', 'for', 'on'],
  ['depend', 'from', 'on'], ['insist', 'in', 'on'], ['rely', 'in', 'on'], ['rely', 'of', 'on'],
  ['specialise', 'on', 'in'], ['specialize', 'on', 'in'], ['apologise', 'about', 'for'], ['apologize', 'about', 'for'],
  ['complain', 'for', 'about'], ['participation', 'to', 'in'],
  ['dependence', 'of', 'on'], ['belief', 'on', 'in'], ['confidence', 'on', 'in'], ['insistence', 'to', 'on'],
  ['preference', 'of', 'for'], ['addiction', 'with', 'to'],
  ['allergic', 'from', 'to'], ['allergic', 'with', 'to'], ['fond', 'with', 'of'],
  ['responsible', 'about', 'for'], ['capable', 'in', 'of'], ['bored', 'from', 'with'],
];

/** Verbs that take their object directly: "discuss about the plan" → "discuss the plan". */
export const DIRECT_OBJECT_VERBS: ReadonlyArray<readonly [verb: string, preposition: string]> = [
  ['discuss', 'about'], ['consider', 'about'], ['emphasize', 'on'], ['emphasise', 'on'], ['request', 'for'], ['crave', 'for'],
  ['mention', 'about'], ['describe', 'about'], ['investigate', 'about'], ['resemble', 'to'], ['resemble', 'with'], ['regret', 'for'],
  ['explain', 'about'], ['attack', 'against'],
];

/** Fixed phrases written with the wrong word, and the phrase meant. */
export const WRONG_PHRASES: ReadonlyArray<readonly [wrong: string, right: string]> = [
  ['in nowadays', 'nowadays'], ['today morning', 'this morning'], ['today afternoon', 'this afternoon'], ['today evening', 'this evening'],
  ['today night', 'tonight'], ['yesterday night', 'last night'], ['in front to', 'in front of'], ['in exchange of', 'in exchange for'],
  ['in accordance to', 'in accordance with'], ['more superior than', 'superior to'], ['more inferior than', 'inferior to'],
  ['more preferable than', 'preferable to'], ['countless of', 'countless'],
  // Parts of the day take "in"; "on the morning of the vote" is matched first and left alone.
  ['on the morning', 'in the morning'], ['on the afternoon', 'in the afternoon'], ['on the evening', 'in the evening'],
  ['at the morning', 'in the morning'], ['at the afternoon', 'in the afternoon'], ['at the evening', 'in the evening'],
  ['on the middle of', 'in the middle of'], ['in the top of', 'at the top of'], ['in the internet', 'on the internet'],
  ...['my', 'his', 'her', 'their', 'your', 'our'].map((owner) => [`in ${owner} birthday`, `on ${owner} birthday`] as const),
];

/** Phrases wrong only at the start of a sentence ("based on fact" is fine): "By example, …", "On fact, …". */
export const WRONG_OPENINGS: ReadonlyArray<readonly [wrong: string, right: string]> = [
  ['by example', 'for example'], ['on fact', 'in fact'], ['in the other hand', 'on the other hand'],
];
