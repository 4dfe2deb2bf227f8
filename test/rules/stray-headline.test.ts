import { describe, expect, it } from 'vitest';
import { strayHeadline } from '../../rules/stray-headline.js';
import { lintWith, testRule } from '../rule-tester.js';

const HEADLINE = 'Riverton council approves new tram line to the harbour';
const LEDE = 'Riverton city council has approved a new tram line linking the central station with the harbour district, ending three years of debate over the route.';
const ROUTE = "The line will run for six kilometres along Quay Street and stop at nine new platforms, the council's transport committee said on Tuesday.";
const LEADER = 'Council leader Maria Okafor said the tram would cut journey times to the harbour by half and take thousands of cars off Quay Street every day.';
const SHOPS = 'Shopkeepers on Quay Street have warned that two years of construction work on the tram line could drive customers away from the harbour district.';
const TEASER = 'Berg seals Northgate move';
const TRANSFER = 'The striker Tomas Berg completed his move to Northgate United on Friday after passing a medical, signing a four-year contract with the club.';

const lines = (...blocks: string[]) => blocks.join('\n\n') + '\n';

testRule(strayHeadline, {
  valid: [
    // A section heading that belongs to the story.
    lines(HEADLINE, LEDE, ROUTE, 'Shopkeepers fear the building work', SHOPS, LEADER),
    // Page chrome above a paragraph of the story is another rule's business.
    lines(HEADLINE, LEDE, 'Share this article', ROUTE, LEADER),
    // The real headline is never flagged, even when a stray paragraph follows later.
    lines(TEASER, TRANSFER, 'The club said the fee was a record for a player from the second division, though it would not confirm the amount.'),
    // A markup heading is the author's own section, whatever follows it.
    { text: `# ${HEADLINE}\n\n${LEDE}\n\n${ROUTE}\n\n## ${TEASER}\n\n${TRANSFER}\n\n${LEADER}\n`, format: 'markdown' },
    // A headline-like line that shares the story's terms is a subheading, even above a stray paragraph.
    lines(HEADLINE, LEDE, ROUTE, 'Quay Street tram line plans', TRANSFER, LEADER),
    { text: `${HEADLINE}\n\n${LEDE}\n\n${ROUTE}\n\n${TEASER}\n${TRANSFER}\n\n${SHOPS}\n`, options: { minConfidence: 1 } },
    { text: lines(HEADLINE, LEDE, ROUTE, 'Harbour club seals Berg move', TRANSFER, SHOPS), options: { maxSharedTerms: 0 } },
  ],
  invalid: [
    {
      // The teaser directly above its lede, as the seed article has it.
      text: `${HEADLINE}\n\n${LEDE}\n\n${ROUTE}\n\n${TEASER}\n${TRANSFER}\n\n${LEADER}\n`,
      errors: [{ messageId: 'stray-headline', at: '7:1-7:26' }],
    },
    {
      text: lines(HEADLINE, LEDE, ROUTE, TEASER, TRANSFER, LEADER),
      errors: [{ messageId: 'stray-headline', at: '7:1-7:26' }],
    },
    {
      // It shares "harbour" with the story, but most of its terms are the stray paragraph's.
      text: lines(HEADLINE, LEDE, ROUTE, 'Harbour club seals Berg move', TRANSFER, LEADER),
      errors: [{ messageId: 'stray-headline', at: '7:1-7:29' }],
    },
    {
      text: lines(HEADLINE, LEDE, ROUTE, 'Who will Northgate sign next?', TRANSFER, LEADER),
      errors: [{ messageId: 'stray-headline', at: '7:1-7:30' }],
    },
  ],
});

describe('stray-headline message', () => {
  it('names the topic of the paragraph below the line', async () => {
    const [diagnostic] = await lintWith(strayHeadline, lines(HEADLINE, LEDE, ROUTE, TEASER, TRANSFER, LEADER));
    expect(diagnostic.message).toMatch(/^Line reads like the headline of another story, above a paragraph about .*Northgate United/);
  });
});
