import { createTwoFilesPatch } from 'diff';

const HEADERS = { includeIndex: false, includeUnderline: false, includeFileHeaders: true };

/** A unified diff (`--- a/name`, `+++ b/name`, 3 lines of context) from `before` to `after`; '' when equal; `git apply` takes it. */
export function formatUnifiedDiff(displayName: string, before: string, after: string): string {
  if (before === after) return '';
  const name = displayName.replaceAll('\\', '/');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3, headerOptions: HEADERS });
}
