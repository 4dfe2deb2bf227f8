import type { TestArticle } from './draft.js';

/** Ways to split a test set by host article, to see how a figure moves between samples of hosts. */
export const HOST_GROUPINGS = {
  /** BBC articles against web pages: the two corpora write and paragraph their copy differently. */
  source: (hostId: string) => (hostId.startsWith('bbc-') ? 'bbc' : 'web'),
  /** Two halves of the hosts by a hash of the id: the spread between them is the noise of a host sample that size. */
  half: (hostId: string) => (hashOf(hostId) % 2 === 0 ? 'half-a' : 'half-b'),
} satisfies Record<string, (hostId: string) => string>;

/** A name of a way to group hosts (`--by`). */
export type HostGrouping = keyof typeof HOST_GROUPINGS;

/** Whether a name given on the command line is a known grouping. */
export function isHostGrouping(name: string): name is HostGrouping {
  return name in HOST_GROUPINGS;
}

/** The test articles split by the group of their host, groups in name order. */
export function groupTestsByHost(tests: readonly TestArticle[], grouping: HostGrouping): Map<string, TestArticle[]> {
  const groupOf = HOST_GROUPINGS[grouping];
  const groups = new Map<string, TestArticle[]>();
  for (const test of tests) {
    const key = groupOf(test.hostId);
    groups.set(key, [...(groups.get(key) ?? []), test]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** FNV-1a over the id: stable across runs and machines, unlike the order of the corpus. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}
