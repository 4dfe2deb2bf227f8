import type { Word } from '../../src/model/document.js';

/** Words a preposition or conjunction leaves when the space slips one letter too far ("fort he"). */
const LEADS = new Set(['to', 'for', 'of', 'in', 'on', 'at', 'by', 'from', 'with', 'into', 'onto', 'and', 'is', 'was', 'as']);
/** Determiners and pronouns that the slipped letter belongs to ("the", "this", "them"). */
const FOLLOWERS = new Set(['the', 'this', 'that', 'these', 'those', 'them', 'they', 'their', 'there', 'then', 'an', 'and']);
/**
 * The first words a slip can leave, so that most words are passed over with one lookup: moved back, a lead
 * and the follower's first letter ("fort"); moved on, a lead short of its last letter ("o").
 */
const SHIFTED_FIRST_WORDS = new Set([...LEADS].flatMap((lead) => [...[...FOLLOWERS].map((follower) => lead + follower.charAt(0)), lead.slice(0, -1)]));

/**
 * Two words whose space has slipped one letter: "fort he" and "tot he" read "for the" and "to the" with
 * the space moved back, "o fthe" reads "of the" with it moved on. Both readings after the move must be
 * function words that stand together, and the first word must not head a noun phrase of its own ("the
 * fort he built").
 */
export function shiftedSpace(before: Word | undefined, first: Word, second: Word): string | undefined {
  // The longest lead and follower have five letters, so longer words never shift into them.
  if (first.lower.length > 6 || second.lower.length > 6 || !SHIFTED_FIRST_WORDS.has(first.lower)) return undefined;
  if (before && /^(DT|PRP\$|JJ)$/.test(before.tag)) return undefined;
  const back = [first.lower.slice(0, -1), first.lower.slice(-1) + second.lower];
  const on = [first.lower + second.lower.charAt(0), second.lower.slice(1)];
  const moved = [back, on].find(([lead, follower]) => LEADS.has(lead!) && FOLLOWERS.has(follower!));
  return moved ? moved.join(' ') : undefined;
}
