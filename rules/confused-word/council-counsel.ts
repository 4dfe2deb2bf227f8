import type { ConfusionCheck } from './context.js';

/** Words that name a governing body: "city council", "council tax". */
const BODY_BEFORE = new Set(['city', 'town', 'county', 'parish', 'borough', 'district', 'security', 'student', 'local', 'municipal', 'regional', 'executive', 'advisory', 'legislative', 'privy', 'tribal', 'governing', 'arts', 'research', 'medical', 'world', 'european', 'national', 'state']);
const BODY_AFTER = new Set(['member', 'members', 'meeting', 'meetings', 'chamber', 'chambers', 'tax', 'taxes', 'election', 'elections', 'estate', 'estates', 'leader', 'leaders', 'official', 'officials', 'house', 'houses', 'housing', 'spokesman', 'spokeswoman', 'spokesperson', 'worker', 'workers', 'offices', 'budget', 'flat', 'flats', 'seat', 'seats', 'candidate', 'candidates']);
/** Words that name a lawyer or advice: "legal counsel", "counsel for the defence". */
const ADVICE_BEFORE = new Set(['legal', 'defence', 'defense', 'prosecuting', 'prosecution', 'opposing', "queen's", "king's", 'independent', 'special']);

/** "city counsel" for "council"; "legal council" for "counsel". */
export const councilCounsel: ConfusionCheck = {
  pair: 'council / counsel',
  words: ['counsel', 'council'],
  check(context) {
    const before = context.lower(-1);
    const after = context.lower(1);
    if (context.lower(0) === 'counsel') {
      if ((BODY_BEFORE.has(before) && context.joined(-1, 0)) || (BODY_AFTER.has(after) && context.joined(0, 1))) return { expected: 'council', why: 'naming a governing body', safe: false };
      return undefined;
    }
    // A lowercase "defence council" is a lawyer; "Defence Council" may be a body's name.
    const lawyer = ADVICE_BEFORE.has(before) && context.at(-1)!.text === before && context.joined(-1, 0) && !/^(NN|NNS)$/.test(context.tag(1));
    if (lawyer || (context.followedBy('for the') && /^(defence|defense|prosecution|claimant|plaintiff|accused|family|applicant)$/.test(context.lower(3)))) {
      return { expected: 'counsel', why: 'naming a lawyer', safe: false };
    }
    return undefined;
  },
};
