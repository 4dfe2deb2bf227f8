import type { SourceFormat } from '../model/document.js';
import { parseHtml } from './parse-html.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseText } from './parse-text.js';
import type { ProseBlock } from './prose-block.js';

/** Turns source text of any supported format into prose blocks with source offsets. */
export function parseBlocks(source: string, format: SourceFormat): ProseBlock[] {
  if (format === 'markdown') return parseMarkdown(source);
  if (format === 'html') return parseHtml(source);
  return parseText(source);
}
