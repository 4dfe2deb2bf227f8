import { draftOf } from '../draft.js';
import type { Injector } from '../injector.js';

/** Roles to put in a speaker's place, each with the words that would have introduced it. */
const ROLES: ReadonlyArray<{ role: string; introducedBy: RegExp }> = [
  { role: 'the spokesman', introducedBy: /\b(spokes(man|woman|person|people)|representative)s?\b/i },
  { role: 'the MP', introducedBy: /\b(mps?|members? of parliament|lawmakers?|legislators?)\b/i },
  { role: 'the official', introducedBy: /\b(officials?|officers?)\b/i },
  { role: 'the analyst', introducedBy: /\b(analysts?|economists?|experts?)\b/i },
  { role: 'the witness', introducedBy: /\b(witness(es)?|bystanders?|onlookers?)\b/i },
];
/** '"…," Jane Doe said.' or '"…," said Jane Doe.': a named speaker of two or three capitalised words. */
const NAMED_SPEAKER = /(["”],? )(?:([A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}) (said|says|added|told \w+)|(said|says|added) ([A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}))(?=[.,])/g;

/**
 * Puts a role nobody introduced in place of a named speaker ('"…," Jane Doe said.' becomes '"…," the
 * spokesman said.'), choosing a role that no word earlier in the article introduces.
 */
export const unintroducedRole: Injector = {
  id: 'unintroduced-role',
  description: 'a named speaker replaced by a role the story never introduced',
  rules: ['unintroduced-speaker'],
  inject(host, _pool, random) {
    const draft = draftOf(host);
    const candidates: Array<{ block: number; text: string }> = [];
    draft.forEach((block, index) => {
      if (block.headline) return;
      const before = draft.slice(0, index + 1).map((earlier) => earlier.text).join('\n');
      const roles = ROLES.filter(({ introducedBy }) => !introducedBy.test(before));
      if (roles.length === 0) return;
      for (const match of block.text.matchAll(NAMED_SPEAKER)) {
        const [whole, opening, nameFirst, verbAfter, verbFirst] = match;
        const role = random.pick(roles).role;
        const replaced = nameFirst ? `${opening}${role} ${verbAfter}` : `${opening}${verbFirst} ${role}`;
        candidates.push({ block: index, text: block.text.slice(0, match.index) + replaced + block.text.slice(match.index + whole.length) });
      }
    });
    if (candidates.length === 0) return undefined;
    const chosen = random.pick(candidates);
    return draft.map((block, index) => (index === chosen.block ? { text: chosen.text, defect: { injector: this.id, rule: 'unintroduced-speaker' } } : block));
  },
};
