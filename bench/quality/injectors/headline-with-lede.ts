import type { Injector } from '../injector.js';
import { draftOf } from '../draft.js';
import { donorExcerpt, drawDonor, insertAfterLede } from './donor-excerpt.js';

/**
 * Headlines this long go after a blank line: the plain-text parser reads a line of 50 characters or more
 * that runs on without punctuation as hard-wrapped prose, and would join it to the lede below.
 */
const TIGHT_TITLE_LENGTH = 50;

/**
 * Another story's headline followed by its lede, as a syndication feed leaves a teaser in the copy:
 * the headline sits on its own line, directly above its lede or after a blank line.
 */
export const headlineWithLede: Injector = {
  id: 'headline-with-lede',
  description: "another article's headline and its lede, after the host's lede",
  rules: ['stray-headline', 'off-topic-paragraph'],
  inject(host, pool, random) {
    if (host.paragraphs.length < 2) return undefined;
    const bbc = pool.articles.filter((article) => article.category !== undefined);
    const donor = drawDonor(bbc, random, (article) => article.category !== host.category && article.title !== undefined);
    const lede = donor && donorExcerpt(donor, random, true);
    if (!donor?.title || !lede) return undefined;
    const tight = donor.title.length < TIGHT_TITLE_LENGTH && random.next() < 0.5;
    return insertAfterLede(
      draftOf(host),
      [
        { text: donor.title, tight, defect: { injector: this.id, rule: 'stray-headline' } },
        { text: lede, defect: { injector: this.id, rule: 'off-topic-paragraph' } },
      ],
      random,
    );
  },
};
