export { lint, parseDocument, type LintOptions } from './engine/lint.js';
export type * from './engine/types.js';
export type * from './model/document.js';
export type * from './config/types.js';
export { RULE_KINDS } from './engine/types.js';
export { StoryArchive } from './archive/story-archive.js';
export { normaliseLine } from './archive/normalise-line.js';
