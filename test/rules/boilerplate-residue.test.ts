import { describe, expect, it } from 'vitest';
import { boilerplateResidue } from '../../rules/boilerplate-residue.js';
import { lintWith, testRule } from '../rule-tester.js';

const VOTE = 'The council voted to close two libraries.';
const SOLD = 'Officials said the buildings would be sold.';

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
  ],
  invalid: [
    {
      // The seed's share bar, between the headline and the lede: the blank line after it goes too.
      text: 'Council closes two libraries\n\nAdjust Comment Print\n\nThe city council voted on Tuesday to close two libraries.\n',
      errors: [{ messageId: 'interface-labels', at: '3:1-5:1' }],
      output: 'Council closes two libraries\n\nThe city council voted on Tuesday to close two libraries.\n',
    },
    {
      // Tight between two lines: only its own line goes.
      text: `The city council voted on Tuesday to close two libraries in the north of the city.\nAdvertisement\n${SOLD}\n`,
      errors: [{ messageId: 'interface-labels', at: '2:1-3:1' }],
      output: `The city council voted on Tuesday to close two libraries in the north of the city.\n${SOLD}\n`,
    },
    {
      // At the end of the file: the blank line before it goes, so the file ends on the copy.
      text: `${VOTE}\n\nRead more: Libraries face cuts across the region\n`,
      errors: [{ messageId: 'reader-prompt', at: '1:42-3:49' }],
      output: `${VOTE}\n`,
    },
    {
      text: `${VOTE}\n\n[3]: https://example.com/news/libraries\n\n${SOLD}\n`,
      errors: [{ messageId: 'link-debris', at: '3:1-5:1' }],
      output: `${VOTE}\n\n${SOLD}\n`,
    },
    {
      text: `${VOTE}\n\nImage copyright Getty Images\n\n${SOLD}\n`,
      errors: [{ messageId: 'reader-prompt', at: '3:1-5:1' }],
      output: `${VOTE}\n\n${SOLD}\n`,
    },
    {
      text: `${VOTE}\n\nUpdated November 19, 2019\n\n${SOLD}\n`,
      errors: [{ messageId: 'page-timestamp', at: '3:1-5:1' }],
      output: `${VOTE}\n\n${SOLD}\n`,
    },
    {
      text: `${VOTE}\n\nGetty Images\n\n${SOLD}\n`,
      errors: [{ messageId: 'picture-credit', at: '3:1-5:1' }],
      output: `${VOTE}\n\n${SOLD}\n`,
    },
    {
      // A menu: each item is reported, and together they leave no hole.
      text: `Home\nNews\nObituaries\nJobs\n\n${VOTE}\n`,
      errors: [
        { messageId: 'interface-labels', at: '1:1-2:1' },
        { messageId: 'interface-labels', at: '2:1-3:1' },
        { messageId: 'interface-labels', at: '3:1-4:1' },
        { messageId: 'interface-labels', at: '4:1-6:1' },
      ],
      output: `${VOTE}\n`,
    },
    {
      text: `${VOTE}\n\nShare\n\nPrint\n`,
      errors: [
        { messageId: 'interface-labels', at: '1:42-3:6' },
        { messageId: 'interface-labels', at: '3:6-5:6' },
      ],
      output: `${VOTE}\n`,
    },
    {
      text: `${VOTE}\n\nRiverton Extra Edition\n\n${SOLD}\n`,
      options: { extraLabels: ['Extra', 'Riverton'] },
      errors: [{ messageId: 'interface-labels', at: '3:1-5:1' }],
      output: `${VOTE}\n\n${SOLD}\n`,
    },
    {
      // Labels fused into one word.
      text: 'Council closes two libraries\n\nThe council voted to close two libraries.\nLatestPopular\n',
      errors: [{ messageId: 'interface-labels', at: '3:42-4:14' }],
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
