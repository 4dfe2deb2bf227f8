/** Lemmas of verbs that attribute speech or writing in news copy ("said", "told", "added"). */
export const SAID_VERB_LEMMAS = new Set([
  'say', 'tell', 'add', 'ask', 'claim', 'state', 'explain', 'insist', 'warn', 'note', 'argue', 'write',
  'reply', 'announce', 'confirm', 'deny', 'suggest', 'admit', 'acknowledge', 'declare', 'comment', 'recall',
  'predict', 'urge', 'conclude', 'respond', 'answer', 'tweet', 'post', 'report', 'observe', 'remark',
  'maintain', 'contend', 'assert', 'allege', 'stress', 'emphasise', 'emphasize', 'concede', 'quip', 'joke',
  'shout', 'whisper', 'mutter', 'continue', 'testify', 'recount', 'reveal', 'vow', 'promise', 'boast',
  'complain', 'lament', 'caution', 'agree', 'believe', 'think', 'describe', 'exclaim', 'plead', 'demand',
  'retort', 'counter', 'pledge', 'opine', 'muse', 'sigh', 'laugh', 'snap', 'scream', 'cry', 'yell', 'read',
  'call', 'dub', 'brand', 'label', 'hail', 'praise', 'criticise', 'criticize', 'accuse', 'charge', 'blast',
  'slam', 'admonish', 'point', 'inform', 'assure', 'advise', 'specify', 'clarify', 'elaborate',
]);
