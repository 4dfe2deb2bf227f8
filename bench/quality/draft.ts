import type { CorpusArticle } from './corpus.js';

/** A defect planted in a test article: which injector made it and which rule should catch it. */
export interface PlantedDefect {
  injector: string;
  rule: string;
}

/** One block of a test article as it will be written out: the headline, a paragraph, a stray line… */
export interface DraftBlock {
  text: string;
  /** Set on the article's own headline. */
  headline?: boolean;
  /** The next block starts on the very next line instead of after a blank line. */
  tight?: boolean;
  defect?: PlantedDefect;
}

/** A test article before it is written out: the headline (when it has one), then the body blocks. */
export type Draft = DraftBlock[];

/** A defect located in the written text. */
export interface LocatedDefect extends PlantedDefect {
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
}

/** A test article ready for the linter. */
export interface TestArticle {
  /** `<injector or "clean">/<host id>`. */
  id: string;
  hostId: string;
  /** The injector that built it; undefined for a clean article. */
  injector: string | undefined;
  text: string;
  defects: LocatedDefect[];
}

/** The host article unchanged: its headline block, if any, then one block per paragraph. */
export function draftOf(article: CorpusArticle): Draft {
  const headline = article.title === undefined ? [] : [{ text: article.title, headline: true }];
  return [...headline, ...article.paragraphs.map((text) => ({ text }))];
}

/** Writes a draft out as plain text, one block per line, blank lines between blocks unless `tight`. */
export function writeDraft(draft: Draft): { text: string; defects: LocatedDefect[] } {
  const lines: string[] = [];
  const defects: LocatedDefect[] = [];
  draft.forEach((block, i) => {
    lines.push(block.text);
    if (block.defect) defects.push({ ...block.defect, startLine: lines.length, endLine: lines.length });
    if (i < draft.length - 1 && !block.tight) lines.push('');
  });
  return { text: lines.join('\n') + '\n', defects };
}
