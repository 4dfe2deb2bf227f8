import type { CorpusArticle } from '../corpus.js';
import { draftOf } from '../draft.js';
import type { Injector } from '../injector.js';
import type { Random } from '../random.js';
import { drawDonor } from './donor-excerpt.js';

const SHARE_CONTROLS = ['Share', 'Tweet', 'Email', 'Print', 'Comment', 'Save', 'Facebook', 'Twitter', 'WhatsApp', 'LinkedIn', 'Comments'];
const SEPARATORS = [' ', ' | ', '  ', ''];
const AGENCIES = ['Getty Images', 'AFP', 'Reuters', 'EPA', 'AP', 'PA Media', 'AFP via Getty Images'];
const MONTHS = ['January', 'March', 'June', 'September', 'November'];
/** The plain-text parser's hard-wrap width (see headline-with-lede). */
const TIGHT_LINE_LENGTH = 50;

/** Page chrome as scrapers and pastes leave it; each maker draws one line from the host, a donor and the random source. */
const CHROME_MAKERS: Array<(donor: CorpusArticle, random: Random) => string> = [
  (_, random) => random.shuffle(SHARE_CONTROLS).slice(0, random.integer(2, 5)).join(random.pick(SEPARATORS)),
  (_, random) => random.pick(['Advertisement', 'ADVERTISEMENT', 'Advertisement', 'Sponsored content', 'Ad']),
  (donor, random) => `${random.pick(['Read more:', 'Related:', 'READ MORE:', 'See also:'])} ${donor.title}`,
  (_, random) => random.pick(['Related articles', 'More on this story', 'Most popular', 'You may also like', 'Top stories', 'Related Topics']),
  (_, random) => `${random.pick(['Image copyright', 'Image caption', 'Photo:', 'Picture:', 'Image:'])} ${random.pick(AGENCIES)}`,
  (_, random) =>
    random.pick([
      'Sign up for our daily newsletter',
      'Subscribe to our newsletter to get the latest news in your inbox',
      'We use cookies to give you the best experience on our website.',
      'Click here to subscribe',
      'Click here to read the full report',
      'Follow us on Facebook and Twitter',
      'Already a subscriber? Log in',
    ]),
  (donor, random) => `@${donor.id.replace(/\W/g, '').slice(-8)}${random.integer(1, 99)}`,
  (_, random) => `[${random.integer(1, 30)}]: https://www.example.com/news/${random.integer(1000, 99999)}`,
  (_, random) => `${random.pick(['Updated', 'Published', 'Last updated'])} ${random.pick(MONTHS)} ${random.integer(1, 29)}, 20${random.integer(10, 20)}`,
  (_, random) => random.shuffle(['Home', 'News', 'Sport', 'Business', 'Weather', 'Politics', 'Opinion']).slice(0, random.integer(3, 6)).join(random.pick([' ', ' | '])),
];

/**
 * A line of page chrome (share bar, ad slot, teaser link, picture credit, newsletter or cookie prompt,
 * stray link reference, timestamp, menu) in the body, on its own line, tight against a paragraph or after
 * a blank line.
 */
export const pageChromeLine: Injector = {
  id: 'page-chrome-line',
  description: 'a line of page chrome (share bar, ad slot, prompt, link debris…) in the body',
  rules: ['boilerplate-residue'],
  inject(host, pool, random) {
    if (host.paragraphs.length < 2) return undefined;
    const donor = drawDonor(pool.articles, random, (article) => article.id !== host.id && article.title !== undefined);
    if (!donor) return undefined;
    const line = random.pick(CHROME_MAKERS)(donor, random);
    const draft = draftOf(host);
    const lede = draft.findIndex((block) => !block.headline);
    const at = random.integer(lede, draft.length + 1);
    // A long line set tight against a paragraph would read as hard-wrapped prose and join it.
    const tight = line.length < TIGHT_LINE_LENGTH && random.next() < 0.3;
    return [...draft.slice(0, at), { text: line, tight, defect: { injector: this.id, rule: 'boilerplate-residue' } }, ...draft.slice(at)];
  },
};
