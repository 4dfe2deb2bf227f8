import type { CorpusArticle } from './corpus.js';
import { draftOf, writeDraft, type TestArticle } from './draft.js';
import { donorPool, type Injector } from './injector.js';
import { Random } from './random.js';

/** How big a test set to build, and from which seed. */
export interface TestSetSize {
  /** Injected articles per injector. */
  perInjector: number;
  clean: number;
  seed: number;
}

/** A stable number for a name, so each injector draws from its own stream whatever the others do. */
function streamOf(name: string, seed: number): Random {
  let hash = seed >>> 0;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return new Random(hash);
}

/** Builds the injected and clean test articles from one split, deterministically for a given seed. */
export function buildTestSet(articles: readonly CorpusArticle[], injectors: readonly Injector[], size: TestSetSize): TestArticle[] {
  const pool = donorPool(articles);
  const tests: TestArticle[] = [];
  for (const injector of injectors) {
    const random = streamOf(injector.id, size.seed);
    let made = 0;
    for (const host of random.shuffle(articles)) {
      if (made >= size.perInjector) break;
      const draft = injector.inject(host, pool, random);
      if (!draft) continue;
      tests.push({ id: `${injector.id}/${host.id}`, hostId: host.id, injector: injector.id, ...writeDraft(draft) });
      made++;
    }
  }
  const random = streamOf('clean', size.seed);
  for (const host of random.shuffle(articles).filter((article) => article.paragraphs.length >= 2).slice(0, size.clean)) {
    tests.push({ id: `clean/${host.id}`, hostId: host.id, injector: undefined, ...writeDraft(draftOf(host)) });
  }
  return tests;
}
