import type { Rule } from '../src/engine/types.js';
import { speechAttributions } from '../src/model/attribution.js';
import type { NewsDocument, Word } from '../src/model/document.js';
import { introducersOf, isPersonRole } from '../src/model/person-roles.js';

/** `unintroduced-speaker` has no options. */
export type Options = Record<string, never>;

const PRONOUNS = new Set(['he', 'she']);
/** Offices a country has one of at a time: "the chancellor" needs no introduction in its own country's news. */
const UNIQUE_OFFICES = new Set(['chancellor', 'premier', 'president', 'pope', 'taoiseach']);
/** Modifiers that leave a role as vague as it was ("the former MP" is still some MP). */
const GENERIC_MODIFIERS = new Set(['former', 'senior', 'junior', 'local', 'young', 'new', 'retired', 'unnamed', 'anonymous', 'outgoing', 'acting', 'veteran', 'other', 'second', 'same']);

/**
 * An attribution to someone the story never introduced: a definite role ("…, the MP said") when no MP,
 * nor a near synonym ("lawmaker"), appears earlier, or "he"/"she" when nobody at all is named before it.
 */
export const unintroducedSpeaker: Rule<Options> = {
  meta: {
    id: 'unintroduced-speaker',
    kind: 'attribution',
    description: 'A quote attributed to "the MP" or "he" when the story never introduced them',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: {
      'unintroduced-role': 'Speaker “{{speaker}}” is not introduced: no {{role}} appears earlier in the story',
      'orphan-pronoun': 'Speaker “{{speaker}}” refers to no one: nobody is named before it',
    },
  },
  create(context) {
    return {
      document(document) {
        const reported = new Set<string>();
        for (const attribution of speechAttributions(document)) {
          const { speaker } = attribution;
          if (document.paragraphs[attribution.paragraphIndex]?.role !== 'paragraph') continue;
          const words = document.wordsIn(speaker);
          const role = definiteRole(words);
          const key = (role ?? speaker.text).toLowerCase();
          if (reported.has(key)) continue;
          if (role && !namedInApposition(document, speaker.end) && !mentionedBefore(document, role, speaker.start)) {
            reported.add(key);
            context.report({ messageId: 'unintroduced-role', data: { speaker: speaker.text, role }, range: speaker });
          } else if (words.length === 1 && PRONOUNS.has(words[0].lower) && !anyoneBefore(document, speaker.start)) {
            reported.add(key);
            context.report({ messageId: 'orphan-pronoun', data: { speaker: speaker.text }, range: speaker });
          }
        }
      },
    };
  },
};

/**
 * "the MP", "the former spokesman": "the", generic modifiers and a role noun; undefined otherwise. A role
 * tied to something ("the Tory leader", "the home secretary", "the charity's director") is an office
 * the reader can place, not a stranger.
 */
function definiteRole(words: readonly Word[]): string | undefined {
  const head = words[words.length - 1];
  if (words.length < 2 || words[0].lower !== 'the' || !head || !isPersonRole(head.lower) || UNIQUE_OFFICES.has(head.lower)) return undefined;
  return words.slice(1, -1).every((word) => GENERIC_MODIFIERS.has(word.lower)) ? head.text : undefined;
}

/** "the MP, Jane Doe, said": a name right after the role introduces the speaker on the spot. */
function namedInApposition(document: NewsDocument, end: number): boolean {
  return /^,?\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u.test(document.source.slice(end, end + 40));
}

/** The role, or a word that introduces it, appears anywhere before `offset` ("a Labour MP", "lawmakers"). */
function mentionedBefore(document: NewsDocument, role: string, offset: number): boolean {
  return firstMention(document, role) < offset;
}

/** Where the role or one of its introducers first appears in the story (Infinity if nowhere); once per role. */
function firstMention(document: NewsDocument, role: string): number {
  const lower = document.shared('unintroduced-speaker:lower-source', () => document.source.toLowerCase());
  const mentions = document.shared('unintroduced-speaker:first-mentions', () => new Map<string, number>());
  const key = role.toLowerCase();
  let first = mentions.get(key);
  if (first === undefined) {
    first = Infinity;
    for (const introducer of introducersOf(key)) {
      const escaped = introducer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const match = new RegExp(`(^|[^\\p{L}])${escaped}(e?s)?(?![\\p{L}])`, 'u').exec(lower);
      if (match) first = Math.min(first, match.index);
    }
    mentions.set(key, first);
  }
  return first;
}

/** Someone a pronoun could stand for: a name or a person's role anywhere before `offset`. */
function anyoneBefore(document: NewsDocument, offset: number): boolean {
  return firstPerson(document) <= offset;
}

/** Where the first name or person's role ends (Infinity if none); once per document. */
function firstPerson(document: NewsDocument): number {
  return document.shared('unintroduced-speaker:first-person', () => {
    const entity = document.entities[0]?.end ?? Infinity;
    const role = document.words.find((word) => /^NNS?$/.test(word.tag) && isPersonRole(word.lower.replace(/s$/, '')))?.end ?? Infinity;
    return Math.min(entity, role);
  });
}
