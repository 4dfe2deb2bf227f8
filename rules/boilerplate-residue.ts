import type { Rule } from '../src/engine/types.js';
import type { Paragraph } from '../src/model/document.js';
import { lineRemovalSpans } from '../src/model/line-removal.js';
import { findChromeBlocks, type ChromeKind } from '../src/model/page-chrome.js';
import { findRecurringParagraphs } from './boilerplate-residue/recurring-paragraphs.js';

/** Options for `boilerplate-residue`. */
export interface Options {
  /** The site's own furniture words (section names, product names of its apps) to read as interface labels (default []). */
  extraLabels: string[];
  /**
   * A line that runs verbatim in at least this many other stories of the archive is chrome (default 1).
   * The archive is the other files of the run and `--archive` copy; without one this check is idle.
   */
  minStories: number;
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
 * newsletter and cookie prompts, link bookkeeping, lone timestamps and picture credits, and, given an
 * archive, any line that runs verbatim in other stories (teasers, bios, blurbs in any language). Each report
 * deletes the whole line, with the blank line after it, so the copy closes up without a hole.
 */
export const boilerplateResidue: Rule<Options> = {
  meta: {
    id: 'boilerplate-residue',
    kind: 'residue',
    description: 'Page chrome left in the copy, such as share and print labels, ad slots, prompts and link debris',
    severity: 'error',
    fixable: true,
    defaults: { extraLabels: [], minStories: 1 },
    schema: {
      extraLabels: { type: 'array', items: { type: 'string' }, description: "The site's own furniture words, read as interface labels" },
      minStories: { type: 'integer', minimum: 1, description: 'A line running verbatim in at least this many other stories is chrome' },
    },
    messages: {
      'interface-labels': 'Page chrome left in the copy: interface labels ({{evidence}})',
      'reader-prompt': 'Page chrome left in the copy: a reader prompt ("{{evidence}}")',
      'link-debris': 'Page chrome left in the copy: link debris from a page extractor',
      'page-timestamp': 'Page chrome left in the copy: a page timestamp on a line of its own',
      'picture-credit': 'Page chrome left in the copy: a picture credit without its picture',
      'recurring-line': 'Page chrome left in the copy: the line appears verbatim in {{stories}}',
    },
  },
  create(context, options) {
    return {
      document(document) {
        const chrome = findChromeBlocks(document.paragraphs, { extraLabels: options.extraLabels });
        const byLexicon = new Set(chrome.map(({ paragraph }) => paragraph));
        const recurring = findRecurringParagraphs(document, context.recurringLines, options.minStories).filter(({ paragraph }) => !byLexicon.has(paragraph));
        const found: Finding[] = [
          ...chrome.map(({ paragraph, verdict }) => ({ paragraph, messageId: MESSAGE_OF[verdict.kind], data: { evidence: verdict.evidence } })),
          ...recurring.map(({ paragraph, stories }) => ({ paragraph, messageId: 'recurring-line', data: { stories: storyCount(stories) } })),
        ].sort((a, b) => a.paragraph.start - b.paragraph.start);
        // Spans are worked out together, so that neighbouring deletions leave exactly one paragraph break.
        const spans = lineRemovalSpans(document.source, found.map(({ paragraph }) => paragraph));
        found.forEach(({ paragraph, messageId, data }, i) => {
          const lineSpan = document.format === 'html' ? undefined : spans[i];
          context.report({
            messageId,
            data,
            range: spanOf(paragraph),
            // The deletion takes the line's break with it (or, at the end of the file, the break before it).
            ...(lineSpan === undefined ? {} : { fix: lineSpan }),
            expected: [''],
            // Only a whole-line deletion leaves the text around it as it was; anything else waits for a person.
            safe: lineSpan !== undefined,
          });
        });
      },
    };
  },
};

interface Finding {
  paragraph: Paragraph;
  messageId: string;
  data: Record<string, string>;
}

function storyCount(stories: number): string {
  return stories === 1 ? '1 other story' : `${stories} other stories`;
}

function spanOf(paragraph: Paragraph) {
  return { start: paragraph.start, end: paragraph.end };
}
