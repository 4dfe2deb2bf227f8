import type { RecurringLine } from '../engine/types.js';
import { countTelling, groupVersions, isTellingLine, MAX_STORIES_FOR_PAIRING, MIN_SHARED_LINES, VERSION_OVERLAP } from './group-versions.js';
import { distinctLines } from './normalise-line.js';

/**
 * An index of stories by their lines, as a newsroom's archive: it answers which lines of a document also
 * run, verbatim, in other stories. Versions of one story (drafts, or files that share at least half their
 * lines) count as one story, and never as another story of a document that is one of them.
 */
export class StoryArchive {
  private readonly linesOf = new Map<string, Set<string>>();
  private readonly storiesOf = new Map<string, Set<string>>();
  /** Story → its group of versions; worked out on the first question after the last addition. */
  private groups: Map<string, string> | undefined;

  constructor(private readonly versionOverlap = VERSION_OVERLAP) {}

  /** Index a text under a story; adding several texts under one id makes them one story (the union of their lines). */
  add(storyId: string, text: string): void {
    const lines = this.linesOf.get(storyId) ?? new Set<string>();
    this.linesOf.set(storyId, lines);
    for (const line of distinctLines(text)) {
      lines.add(line);
      const stories = this.storiesOf.get(line) ?? new Set<string>();
      stories.add(storyId);
      this.storiesOf.set(line, stories);
    }
    this.groups = undefined;
  }

  /** How many stories are indexed. */
  get size(): number {
    return this.linesOf.size;
  }

  /**
   * The lines of `text` that recur in at least one story other than `storyId` and its versions, each with
   * the number of such stories (versions among them counted once). A story that was never added has no versions.
   */
  recurringLines(storyId: string, text: string): RecurringLine[] {
    return this.linesOutside(new Set([this.groupOf(storyId)]), distinctLines(text));
  }

  /**
   * As `recurringLines`, for a text that is not (or not as it stands) in the index, such as an editor's
   * buffer: the stories that are versions of the text itself count as its own too.
   */
  recurringLinesOfDraft(storyId: string, text: string): RecurringLine[] {
    const lines = distinctLines(text);
    const own = new Set([this.groupOf(storyId)]);
    for (const story of this.versionsOf(lines)) own.add(this.groupOf(story));
    return this.linesOutside(own, lines);
  }

  private groupOf(story: string): string {
    this.groups ??= groupVersions({ linesOf: this.linesOf, storiesOf: this.storiesOf }, this.versionOverlap);
    return this.groups.get(story) ?? story;
  }

  /** Indexed stories sharing enough of `lines` to be versions of them (the rule of groupVersions). */
  private versionsOf(lines: ReadonlySet<string>): string[] {
    const telling = [...lines].filter(isTellingLine);
    const shared = new Map<string, number>();
    for (const line of telling) {
      const stories = this.storiesOf.get(line);
      if (!stories || stories.size > MAX_STORIES_FOR_PAIRING) continue;
      for (const story of stories) shared.set(story, (shared.get(story) ?? 0) + 1);
    }
    return [...shared]
      .filter(([story, count]) => count >= MIN_SHARED_LINES && count >= this.versionOverlap * Math.min(telling.length, countTelling(this.linesOf.get(story)!)))
      .map(([story]) => story);
  }

  private linesOutside(own: ReadonlySet<string>, lines: ReadonlySet<string>): RecurringLine[] {
    const recurring: RecurringLine[] = [];
    for (const line of lines) {
      const others = new Set<string>();
      for (const story of this.storiesOf.get(line) ?? []) {
        const group = this.groupOf(story);
        if (!own.has(group)) others.add(group);
      }
      if (others.size > 0) recurring.push({ text: line, stories: others.size });
    }
    return recurring;
  }
}
