import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../engine/lint.js';
import { fixUntilStable } from '../fix/fix-until-stable.js';
import type { LintedDocument } from './document-linter.js';
import { textEditsTo } from './text-edits.js';

/** The edits that apply every safe fix to a linted document, repeated until stable as `newslint --fix` does. */
export async function fixAllEdits(linted: LintedDocument, document: TextDocument): Promise<TextEdit[]> {
  const { config, filePath, format } = linted;
  if (!config) return [];
  const fixed = await fixUntilStable(linted.text, async (text) => (await lint(text, { filePath, config, format })).diagnostics);
  return textEditsTo(document, fixed.output);
}
