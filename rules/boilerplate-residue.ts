import type { Rule } from '../src/engine/types.js';
import type { Paragraph } from '../src/model/document.js';
import { lineRemovalSpans } from '../src/model/line-removal.js';
import { findChromeBlocks, type ChromeKind } from '../src/model/page-chrome.js';

/** Options for `boilerplate-residue`. */
export interface Options {
  /** The site's own furniture words (section names, product names of its apps) to read as interface labels (default []). */
  extraLabels: string[];
}

const MESSAGE_OF: Record<ChromeKind, string> = {
  labels: 'interface-labels',
  prompt: 'reader-prompt',
  link: 'link-debris',
  timestamp: 'page-timestamp',
  credit: 'picture-credit',
};

/**
 * Page chrome left in the copy by a scraper or a careless paste: share and print labels, ad slots, menus,
 * newsletter and cookie prompts, link bookkeeping, lone timestamps and picture credits. Each report
 * deletes the whole line, with the blank line after it, so the copy closes up without a hole.
 */
export const boilerplateResidue: Rule<Options> = {
  meta: {
    id: 'boilerplate-residue',
    kind: 'residue',
    description: 'Page chrome left in the copy, such as share and print labels, ad slots, prompts and link debris',
    severity: 'error',
    fixable: true,
    defaults: { extraLabels: [] },
    schema: {
      extraLabels: { type: 'array', items: { type: 'string' }, description: "The site's own furniture words, read as interface labels" },
    },
    messages: {
      'interface-labels': 'Page chrome left in the copy: interface labels ({{evidence}})',
      'reader-prompt': 'Page chrome left in the copy: a reader prompt ("{{evidence}}")',
      'link-debris': 'Page chrome left in the copy: link debris from a page extractor',
      'page-timestamp': 'Page chrome left in the copy: a page timestamp on a line of its own',
      'picture-credit': 'Page chrome left in the copy: a picture credit without its picture',
    },
  },
  create(context, options) {
    return {
      document(document) {
        const found = findChromeBlocks(document.paragraphs, { extraLabels: options.extraLabels });
        const spans = lineRemovalSpans(document.source, found.map(({ paragraph }) => paragraph));
        found.forEach(({ paragraph, verdict }, i) => {
          const lineSpan = document.format === 'html' ? undefined : spans[i];
          context.report({
            messageId: MESSAGE_OF[verdict.kind],
            data: { evidence: verdict.evidence },
            range: lineSpan ?? spanOf(paragraph),
            expected: [''],
            // Only a whole-line deletion leaves the text around it as it was; anything else waits for a person.
            safe: lineSpan !== undefined,
          });
        });
      },
    };
  },
};

function spanOf(paragraph: Paragraph) {
  return { start: paragraph.start, end: paragraph.end };
}
