import { describe, expect, it } from 'vitest';
import { boilerplateResidue } from '../../rules/boilerplate-residue.js';
import { lintWith, testRule } from '../rule-tester.js';

const VOTE = 'The council voted to close two libraries.';
const SOLD = 'Officials said the buildings would be sold.';

// Other stories for the archive cases: each carries the bio, the share line and the wrapped "said.".
const BIO = 'Jane Moss covers local government for the Riverton Gazette.';
const SHARING = 'Sharing is caring!';
const ROADS = `Road repairs delayed\n\nRepairs to the ring road will not start until March, a spokesman\n\nsaid.\n\nDrivers are advised to use the bypass.\n\nWork will take six weeks.\n\n${BIO}\n\n${SHARING}\n`;
const MARKET = `Market hall reopens\n\nThe old market hall reopened on Saturday after two years of work.\n\nTraders said the first weekend was busy.\n\nThe hall is open daily.\n\n${BIO}\n\n${SHARING}\n`;
const SALE = 'The sale is expected to raise two million pounds.';
const MEETING = 'A public meeting is planned for June.';
// Two stories on one concert share its fact box, which names the concert's rare terms.
const BOX = 'Brahms Requiem, Riverton Philharmonic\n\nSaturday 8pm, Corn Exchange\n';
const PREVIEW = `Philharmonic rehearses Brahms\n\nThe Riverton Philharmonic has spent a month on the Brahms Requiem.\n\nThe choir has doubled in size.\n\nIts conductor calls the work a farewell.\n\n${BOX}`;

testRule(boilerplateResidue, {
  valid: [
    'Council closes two libraries\n\nThe city council voted on Tuesday to close two libraries.\n\nReaders can share their views at a public meeting on Thursday, the council said.\n',
    // Interface words in a statement are copy.
    'Sign up numbers fell sharply last month, the council said.\n',
    'Share prices fell 5% on Tuesday.\n',
    // One everyday word alone in the body is a section heading.
    `${VOTE}\n\nTravel\n\n${SOLD}\n`,
    // A date from another century is a timeline entry; a plain address may be cited.
    'The timeline:\n\n25 November 1947\n\nThe library opened its doors.\n',
    'See https://example.com/report for the full report.\n',
    `${VOTE}\n\nRiverton Extra\n\n${SOLD}\n`,
    // A line shared only with a version of the same story (a second draft) runs in no other story.
    { text: `${VOTE}\n\n${BIO}\n\n${SOLD}\n\nThe sale is expected in spring.\n`, archive: [`${VOTE}\n\n${BIO}\n\n${SOLD}\n`] },
    // Fewer other stories than minStories.
    { text: `${SHARING}\n\n${VOTE}\n\n${SOLD}\n`, options: { minStories: 3 }, archive: [ROADS, MARKET] },
    // Too slight to mean anything: the tail of a wrapped sentence.
    { text: `The library will close in May, a spokesman\n\nsaid.\n\n${SOLD}\n`, archive: [ROADS, MARKET] },
    // A fact box about the story's own subject, shared with another story on the same concert.
    {
      text: `Philharmonic triumphs with Brahms\n\nThe Riverton Philharmonic gave a thrilling Brahms Requiem last night.\n\nThe hall was full.\n\nA second night has been added.\n\n${BOX}`,
      archive: [PREVIEW],
    },
  ],
  invalid: [
    {
      // The seed's share bar, between the headline and the lede: the blank line after it goes too.
      text: 'Council closes two libraries\n\nAdjust Comment Print\n\nThe city council voted on Tuesday to close two libraries.\n',
      errors: [{ messageId: 'interface-labels', at: '3:1-3:21' }],
      output: 'Council closes two libraries\n\nThe city council voted on Tuesday to close two libraries.\n',
    },
    {
      // Tight between two lines: only its own line goes.
      text: `The city council voted on Tuesday to close two libraries in the north of the city.\nAdvertisement\n${SOLD}\n`,
      errors: [{ messageId: 'interface-labels', at: '2:1-2:14' }],
      output: `The city council voted on Tuesday to close two libraries in the north of the city.\n${SOLD}\n`,
    },
    {
      // At the end of the file: the blank line before it goes, so the file ends on the copy.
      text: `${VOTE}\n\nRead more: Libraries face cuts across the region\n`,
      errors: [{ messageId: 'reader-prompt', at: '3:1-3:49' }],
      output: `${VOTE}\n`,
    },
    {
      text: `${VOTE}\n\n[3]: https://example.com/news/libraries\n\n${SOLD}\n`,
      errors: [{ messageId: 'link-debris', at: '3:1-3:40' }],
      output: `${VOTE}\n\n${SOLD}\n`,
    },
    {
      text: `${VOTE}\n\nImage copyright Getty Images\n\n${SOLD}\n`,
      errors: [{ messageId: 'reader-prompt', at: '3:1-3:29' }],
      output: `${VOTE}\n\n${SOLD}\n`,
    },
    {
      text: `${VOTE}\n\nUpdated November 19, 2019\n\n${SOLD}\n`,
      errors: [{ messageId: 'page-timestamp', at: '3:1-3:26' }],
      output: `${VOTE}\n\n${SOLD}\n`,
    },
    {
      text: `${VOTE}\n\nGetty Images\n\n${SOLD}\n`,
      errors: [{ messageId: 'picture-credit', at: '3:1-3:13' }],
      output: `${VOTE}\n\n${SOLD}\n`,
    },
    {
      // A menu: each item is reported, and together they leave no hole.
      text: `Home\nNews\nObituaries\nJobs\n\n${VOTE}\n`,
      errors: [
        { messageId: 'interface-labels', at: '1:1-1:5' },
        { messageId: 'interface-labels', at: '2:1-2:5' },
        { messageId: 'interface-labels', at: '3:1-3:11' },
        { messageId: 'interface-labels', at: '4:1-4:5' },
      ],
      output: `${VOTE}\n`,
    },
    {
      text: `${VOTE}\n\nShare\n\nPrint\n`,
      errors: [
        { messageId: 'interface-labels', at: '3:1-3:6' },
        { messageId: 'interface-labels', at: '5:1-5:6' },
      ],
      output: `${VOTE}\n`,
    },
    {
      text: `${VOTE}\n\nRiverton Extra Edition\n\n${SOLD}\n`,
      options: { extraLabels: ['Extra', 'Riverton'] },
      errors: [{ messageId: 'interface-labels', at: '3:1-3:23' }],
      output: `${VOTE}\n\n${SOLD}\n`,
    },
    {
      // A bio and a share line that run verbatim in two other stories, in any language.
      text: `${VOTE}\n\n${BIO}\n\n${SOLD}\n\n${SALE}\n\n${MEETING}\n\n${SHARING}\n`,
      archive: [ROADS, MARKET],
      errors: [
        { messageId: 'recurring-line', at: '3:1-3:60', data: { stories: '2 other stories' } },
        { messageId: 'recurring-line', at: '11:1-11:19', data: { stories: '2 other stories' } },
      ],
      output: `${VOTE}\n\n${SOLD}\n\n${SALE}\n\n${MEETING}\n`,
    },
    {
      text: `${VOTE}\n\n${SHARING}\n\n${SOLD}\n`,
      options: { minStories: 2 },
      archive: [ROADS, MARKET],
      errors: [{ messageId: 'recurring-line', at: '3:1-3:19' }],
      output: `${VOTE}\n\n${SOLD}\n`,
    },
    {
      // Labels fused into one word.
      text: 'Council closes two libraries\n\nThe council voted to close two libraries.\nLatestPopular\n',
      errors: [{ messageId: 'interface-labels', at: '4:1-4:14' }],
      output: 'Council closes two libraries\n\nThe council voted to close two libraries.\n',
    },
  ],
});

describe('boilerplate-residue in HTML', () => {
  it('removes only the text, and leaves the fix to a person', async () => {
    const [diagnostic] = await lintWith(boilerplateResidue, `<p>${VOTE}</p><p>Advertisement</p><p>${SOLD}</p>`, {}, 'html');
    expect(diagnostic.actual).toBe('Advertisement');
    expect(diagnostic.safe).toBe(false);
  });
});
