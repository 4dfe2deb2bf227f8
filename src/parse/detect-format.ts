import type { SourceFormat } from '../model/document.js';

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html',
};

/** The extensions newslint lints when it walks a folder. */
export const LINTABLE_EXTENSIONS = Object.keys(BY_EXTENSION).filter((extension) => extension !== 'text');

/** Picks the input syntax from a file name; anything unknown is read as plain text. */
export function detectFormat(filePath: string | undefined): SourceFormat {
  const extension = filePath?.match(/\.([^./\\]+)$/)?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || 'text';
}
