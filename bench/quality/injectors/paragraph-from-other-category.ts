import type { Injector } from '../injector.js';
import { draftOf } from '../draft.js';
import { donorExcerpt, drawDonor, insertAfterLede } from './donor-excerpt.js';

/**
 * A paragraph of a BBC article from another desk (sport into business…). Web pages have no desk, so any
 * BBC paragraph counts as another category for them.
 */
export const paragraphFromOtherCategory: Injector = {
  id: 'paragraph-from-other-category',
  description: 'a body paragraph of an article from another category, after the lede',
  rules: ['off-topic-paragraph'],
  inject(host, pool, random) {
    if (host.paragraphs.length < 2) return undefined;
    const bbc = pool.articles.filter((article) => article.category !== undefined);
    const donor = drawDonor(bbc, random, (article) => article.category !== host.category);
    const excerpt = donor && donorExcerpt(donor, random);
    if (!excerpt) return undefined;
    return insertAfterLede(draftOf(host), [{ text: excerpt, defect: { injector: this.id, rule: 'off-topic-paragraph' } }], random);
  },
};
