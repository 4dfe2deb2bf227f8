import type { CorpusArticle } from './corpus.js';
import type { Draft } from './draft.js';
import type { Random } from './random.js';

/** The articles of one split, indexed the way injectors look donors up. */
export interface DonorPool {
  articles: readonly CorpusArticle[];
  byCategory: ReadonlyMap<string, readonly CorpusArticle[]>;
}

/**
 * Plants one kind of defect into a host article. Each planted block names the rule expected to catch it,
 * so the harness can score any rule an injector targets. Add a new injector to `injectors/index.ts`.
 */
export interface Injector {
  /** The injection type, as the report names it (kebab-case). */
  id: string;
  /** One line on what is planted. */
  description: string;
  /** The rules this injector's defects are meant for. */
  rules: readonly string[];
  /** Returns the host with the defect planted, or undefined when this host cannot take it. */
  inject(host: CorpusArticle, pool: DonorPool, random: Random): Draft | undefined;
}

/** Indexes the articles of one split by category. */
export function donorPool(articles: readonly CorpusArticle[]): DonorPool {
  const byCategory = new Map<string, CorpusArticle[]>();
  for (const article of articles) {
    if (article.category === undefined) continue;
    const list = byCategory.get(article.category) ?? [];
    list.push(article);
    byCategory.set(article.category, list);
  }
  return { articles, byCategory };
}
