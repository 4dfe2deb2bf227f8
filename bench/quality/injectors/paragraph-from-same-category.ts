import type { Injector } from '../injector.js';
import { draftOf } from '../draft.js';
import { donorExcerpt, drawDonor, insertAfterLede } from './donor-excerpt.js';

/** A paragraph of another BBC article from the same desk: the hard case, sharing the desk's vocabulary. */
export const paragraphFromSameCategory: Injector = {
  id: 'paragraph-from-same-category',
  description: 'a body paragraph of another article of the same BBC category, after the lede',
  rules: ['off-topic-paragraph'],
  inject(host, pool, random) {
    if (host.category === undefined || host.paragraphs.length < 2) return undefined;
    const donor = drawDonor(pool.byCategory.get(host.category) ?? [], random, (article) => article.id !== host.id);
    const excerpt = donor && donorExcerpt(donor, random);
    if (!excerpt) return undefined;
    return insertAfterLede(draftOf(host), [{ text: excerpt, defect: { injector: this.id, rule: 'off-topic-paragraph' } }], random);
  },
};
