/** Lemmas of verbs that report speech whatever follows them ("said", "told", "added"). */
export const SAID_VERB_LEMMAS = new Set([
  'say', 'tell', 'add', 'ask', 'explain', 'insist', 'warn', 'note', 'argue', 'write', 'reply', 'announce',
  'state', 'comment', 'admit', 'acknowledge', 'declare', 'respond', 'remark', 'stress', 'emphasise', 'emphasize',
  'concede', 'quip', 'joke', 'shout', 'whisper', 'mutter', 'testify', 'recount', 'exclaim', 'plead', 'retort',
  'tweet', 'speak', 'opine', 'muse', 'sigh', 'yell', 'scream', 'elaborate',
]);

/**
 * Lemmas of verbs that report speech only when a clause or quotation follows ("confirmed that…",
 * "claimed: '…'"), and mean something else otherwise ("claimed the first set", "called for a vote").
 */
export const CLAUSE_SAID_VERB_LEMMAS = new Set([
  'claim', 'confirm', 'deny', 'suggest', 'recall', 'predict', 'urge', 'conclude', 'answer', 'post', 'report',
  'observe', 'maintain', 'contend', 'assert', 'allege', 'continue', 'reveal', 'vow', 'promise', 'boast',
  'complain', 'lament', 'caution', 'agree', 'believe', 'think', 'describe', 'demand', 'counter', 'pledge',
  'laugh', 'snap', 'cry', 'read', 'call', 'dub', 'brand', 'label', 'hail', 'praise', 'criticise', 'criticize',
  'accuse', 'charge', 'blast', 'slam', 'admonish', 'point', 'inform', 'assure', 'advise', 'specify', 'clarify',
  'signal', 'estimate', 'forecast', 'indicate', 'fear', 'hope', 'expect', 'feel', 'know', 'wonder',
]);

/** Forms that are said-verbs whatever the tagger made of them ("says" after a quotation is no plural noun). */
export const UNAMBIGUOUS_SAID_FORMS = new Set([
  'said', 'says', 'told', 'tells', 'adds', 'added', 'asked', 'asks', 'wrote', 'writes', 'explained', 'explains',
  'insisted', 'insists', 'argued', 'argues', 'warned', 'warns', 'noted', 'stressed', 'conceded', 'admitted',
  'speaking', 'spoke',
]);

/** Lemmas of verbs that report a stance ("criticised the plan", "expects to…"): the sentence before a quotation names its speaker. */
export const STANCE_VERB_LEMMAS = new Set([
  'claim', 'confirm', 'deny', 'suggest', 'predict', 'urge', 'allege', 'reveal', 'vow', 'promise', 'boast',
  'complain', 'lament', 'believe', 'think', 'expect', 'hope', 'fear', 'describe', 'praise', 'criticise',
  'criticize', 'accuse', 'blame', 'defend', 'dismiss', 'welcome', 'reject', 'question', 'challenge', 'hail',
  'condemn', 'attack', 'slam', 'blast', 'insist', 'argue', 'warn', 'admit', 'stress', 'explain', 'recall',
  'attribute', 'quote', 'sum',
]);

/**
 * Lemmas of nouns that name what a quotation is ("under the words '…'", "a statement: '…'", "a sign
 * reading '…'"): the quotation is written text or a credited remark, framed by the noun before it.
 */
export const SPEECH_NOUN_LEMMAS = new Set([
  'word', 'statement', 'slogan', 'motto', 'message', 'sign', 'banner', 'headline', 'title', 'caption', 'note',
  'letter', 'tweet', 'post', 'poster', 'placard', 'label', 'inscription', 'phrase', 'line', 'quote', 'remark',
  'comment', 'reply', 'response', 'answer', 'question', 'warning', 'promise', 'pledge', 'verdict', 'chant',
  'catchphrase', 'tagline', 'legend', 'email', 'text', 'memo', 'notice', 'announcement', 'reading',
]);
