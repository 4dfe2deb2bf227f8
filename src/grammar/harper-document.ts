import type { NewsDocument, Paragraph } from '../model/document.js';
import type { HarperFinding } from './harper-linter.js';
import { isMisreading } from './harper-misreadings.js';
import { isNewsMisfire } from './harper-news-misfires.js';
import { NEWS_SELECTION, type HarperSelection } from './harper-selection.js';

/** Harper's findings on a document's prose, with offsets into the source. */
export function harperFindings(document: NewsDocument): Promise<HarperFinding[]> {
  // One Harper run per document, however many Harper rules are on: each keeps the kinds it reports.
  return document.shared('harper', (shared) => lintDocumentWith(shared, NEWS_SELECTION));
}

/** Harper's findings on a document's prose with a given lint selection, uncached (for benches comparing selections). */
export async function lintDocumentWith(document: NewsDocument, selection: HarperSelection): Promise<HarperFinding[]> {
  // harper.js takes about a second to load its WebAssembly, so it is imported only once a Harper rule
  // runs: a config without one (newslint:recommended) never pays for it.
  const { lintWithHarper } = await import('./harper-linter.js');
  const findings: HarperFinding[] = [];
  // Paragraph by paragraph, since lintWithHarper remembers recent texts: re-linting an edited article
  // only pays for the paragraphs that changed.
  for (const paragraph of prose(document)) {
    for (const finding of await lintWithHarper(paragraph.text, selection)) findings.push({ ...finding, ...sourceSpan(paragraph, finding) });
  }
  return findings.filter((finding) => keepsFinding(finding, document));
}

/** False for a finding newslint's document model shows to be a misreading or wrong for news copy. */
export function keepsFinding(finding: HarperFinding, document: NewsDocument): boolean {
  return !isMisreading(finding, document) && !isNewsMisfire(finding, document);
}

const TITLES = new Set<Paragraph['role']>(['headline', 'heading']);

/**
 * The paragraphs Harper reads. Headlines and headings are telegraphic ("No to Royal succession shake-up",
 * "Cash gives way to flexible friend"), which Harper takes for slips: both of its findings in the 1,781
 * BBC dev headlines were wrong.
 */
function prose(document: NewsDocument): Paragraph[] {
  return document.paragraphs.filter((paragraph) => !TITLES.has(paragraph.role));
}

function sourceSpan(paragraph: Paragraph, span: { start: number; end: number }): { start: number; end: number } {
  const start = paragraph.toSource(span.start);
  // The end maps through the last character it covers, so markup right after the span stays out of it.
  const end = span.end > span.start ? paragraph.toSource(span.end - 1) + 1 : start;
  return { start, end };
}
