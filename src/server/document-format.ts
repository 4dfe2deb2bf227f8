import type { SourceFormat } from '../model/document.js';
import { detectFormat } from '../parse/detect-format.js';

/** Language ids editors use (VS Code's, and Neovim's file types) for the formats newslint reads. */
const BY_LANGUAGE_ID: Record<string, SourceFormat> = {
  plaintext: 'text',
  text: 'text',
  markdown: 'markdown',
  html: 'html',
};

/** The format of an open document: its language id when the editor gives a known one, else its extension. */
export function documentFormat(languageId: string, filePath: string | undefined): SourceFormat {
  return BY_LANGUAGE_ID[languageId] ?? detectFormat(filePath);
}
