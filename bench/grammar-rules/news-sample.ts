import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedConfig } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import type { Diagnostic } from '../../src/engine/types.js';

/** One diagnostic on clean news, with the sentence-sized context a reader needs to judge it. */
export interface NewsFinding {
  articleId: string;
  diagnostic: Diagnostic;
  /** The surrounding text with the flagged span in brackets. */
  context: string;
}

/** What the rules said about a sample of clean news articles. */
export interface NewsScore {
  articles: number;
  words: number;
  findings: NewsFinding[];
  /** Wall time of the lint calls, document model included. */
  milliseconds: number;
}

interface NewsRecord {
  id: string;
  split: string;
  title?: string;
  paragraphs: string[];
}

/** Reads the first `count` BBC articles of `split` from `<corpusDir>/news/bbc.jsonl`, as plain text. */
export function readBbcArticles(corpusDir: string, split: string, count: number): Array<{ id: string; text: string }> {
  const path = join(corpusDir, 'news', 'bbc.jsonl');
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`Cannot read ${path}: give --corpus the folder that holds news/bbc.jsonl`);
  }
  return content
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NewsRecord)
    .filter((record) => record.split === split)
    .slice(0, count)
    .map((record) => ({ id: record.id, text: [record.title ?? '', ...record.paragraphs].filter(Boolean).join('\n\n') }));
}

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/** Lints each article with the given config and collects every diagnostic. */
export async function scoreNews(articles: ReadonlyArray<{ id: string; text: string }>, config: ResolvedConfig): Promise<NewsScore> {
  const score: NewsScore = { articles: articles.length, words: 0, findings: [], milliseconds: 0 };
  for (const article of articles) {
    const started = performance.now();
    score.words += article.text.match(WORD)?.length ?? 0;
    const { diagnostics, source } = await lint(article.text, { config, format: 'text' });
    score.milliseconds += performance.now() - started;
    for (const diagnostic of diagnostics) score.findings.push({ articleId: article.id, diagnostic, context: contextOf(source, diagnostic) });
  }
  return score;
}

function contextOf(source: string, diagnostic: Diagnostic): string {
  const from = Math.max(source.lastIndexOf('\n', diagnostic.offset) + 1, diagnostic.offset - 90);
  const lineEnd = source.indexOf('\n', diagnostic.endOffset);
  const to = Math.min(lineEnd === -1 ? source.length : lineEnd, diagnostic.endOffset + 90);
  return `${source.slice(from, diagnostic.offset)}[${source.slice(diagnostic.offset, diagnostic.endOffset)}]${source.slice(diagnostic.endOffset, to)}`;
}
