import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Which share of the corpus an article belongs to. */
export type Split = 'dev' | 'holdout';

/** One news article of the evaluation corpus. */
export interface CorpusArticle {
  id: string;
  split: Split;
  /** BBC desk (business, sport…); undefined for web pages, which carry no topical category. */
  category: string | undefined;
  /** Undefined for the web pages whose record has none. */
  title: string | undefined;
  paragraphs: string[];
}

const NEWS_FILES = ['news/bbc.jsonl', 'news/web-articles.jsonl'];

/** Reads the news articles of one split from a corpus folder; throws a one-line error naming a missing file. */
export function readNewsArticles(corpusPath: string, split: Split): CorpusArticle[] {
  const articles: CorpusArticle[] = [];
  for (const file of NEWS_FILES) {
    const path = join(corpusPath, file);
    if (!existsSync(path)) throw new Error(`corpus file not found: ${path}`);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const record = parseRecord(line, `${path}:${index + 1}`);
      if (record.split === split) articles.push(record);
    });
  }
  return articles;
}

function parseRecord(line: string, where: string): CorpusArticle {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new Error(`${where}: not a JSON record`);
  }
  const { id, split, category, title, paragraphs } = value;
  if (typeof id !== 'string' || (split !== 'dev' && split !== 'holdout') || !Array.isArray(paragraphs)) {
    throw new Error(`${where}: expected id, split and paragraphs`);
  }
  return {
    id,
    split,
    category: typeof category === 'string' ? category : undefined,
    title: typeof title === 'string' && title.trim() !== '' ? singleLine(title) : undefined,
    // The harness writes one paragraph per block; stray line breaks inside a record would change that.
    paragraphs: paragraphs.map((paragraph) => singleLine(String(paragraph))).filter((paragraph) => paragraph !== ''),
  };
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
