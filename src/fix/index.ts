export { applyFixes, type AppliedFixes } from './apply-fixes.js';
export { fixUntilStable, type LintText, type StableFix } from './fix-until-stable.js';
export { fixFile, type FileFix, type FixFileOptions } from './fix-file.js';
export { readSourceFile, type SourceFile, type SourceEncoding, type FileSnapshot } from './source-file.js';
export { writeFileAtomically, assertUnchanged } from './write-file-atomically.js';
export { BinaryFileError, FileChangedError, UnsupportedEncodingError } from './source-file-errors.js';
export { formatUnifiedDiff } from './format-diff.js';
export { matchLineEndings, dominantLineEnding } from './match-line-endings.js';
