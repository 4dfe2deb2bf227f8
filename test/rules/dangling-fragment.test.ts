import { describe, expect, it } from 'vitest';
import { danglingFragment } from '../../rules/dangling-fragment.js';
import { lintWith, testRule } from '../rule-tester.js';

const LETTER = 'Trump said he had received a great letter from Kim, but declined to reveal its contents.';
const THREE_FRAGMENTS = 'The council met at noon. Because it was late. Which surprised nobody. Including the mayor.';
const BANK = 'Shares in the bank rose 5% on Tuesday. The biggest gain for the bank in a decade.';

testRule(danglingFragment, {
  valid: [
    'Trump said he had received a great letter from Kim, but declined to reveal its contents, providing no details.',
    // A gerund subject, and a participle phrase before its main clause.
    'Providing aid to the north is costly, the minister said.',
    'Having said that, the council pressed ahead with the plan.',
    // People speak in fragments.
    '"Absolutely not," the minister said. "Not now. Not ever."',
    // A deliberate short answer after a question; questions themselves.
    'Did the plan work? Not at all.',
    'Which council will be next?',
    // Bylines, list items and headings are not sentences.
    'By Jane Smith.\n\nThe council met on Tuesday.',
    'The council listed its plans.\n- Including two new libraries.',
    { text: '# Because the talks stalled\n\nThe talks stalled on Tuesday.', format: 'markdown' },
    // Three fragments in one story are its style.
    THREE_FRAGMENTS,
    { text: 'Shares in the firm rose 3% on Monday. The biggest gain for the firm in a decade.', options: { nounPhrases: false } },
  ],
  invalid: [
    {
      text: `${LETTER} Providing the bulk of both diplomatic support and aid.`,
      errors: [{ messageId: 'participle-fragment', at: '1:88-1:144' }],
      output: 'Trump said he had received a great letter from Kim, but declined to reveal its contents, providing the bulk of both diplomatic support and aid.',
    },
    {
      // A paragraph of its own: no sentence to join it to, so no suggestion.
      text: 'The council met on Tuesday.\n\nBecause the talks stalled.',
      errors: [{ messageId: 'subordinate-fragment', at: '3:1-3:27' }],
    },
    {
      text: 'The council closed two libraries this year. Which has left the north of the city without one.',
      errors: [{ messageId: 'relative-fragment', at: '1:43-1:94' }],
      output: 'The council closed two libraries this year, which has left the north of the city without one.',
    },
    {
      text: BANK,
      errors: [{ messageId: 'noun-phrase-fragment', at: '1:38-1:82' }],
      output: 'Shares in the bank rose 5% on Tuesday, the biggest gain for the bank in a decade.',
    },
    {
      // "while" keeps its comma; "because" joins without one.
      text: 'The minister resigned on Friday. While the party was still in shock.',
      errors: [{ messageId: 'subordinate-fragment', at: '1:32-1:69' }],
      output: 'The minister resigned on Friday, while the party was still in shock.',
    },
    {
      text: 'The board met at noon. Because it was late. Which surprised nobody. Including the chair.',
      options: { styleThreshold: 0 },
      errors: [
        { messageId: 'subordinate-fragment', at: '1:22-1:44' },
        { messageId: 'relative-fragment', at: '1:43-1:68' },
        { messageId: 'participle-fragment', at: '1:67-1:89' },
      ],
      output: 'The board met at noon because it was late. Which surprised nobody, including the chair.',
    },
    {
      // An -ing form that takes a clause: the clause's verb is not a main verb.
      text: 'Saying the deal was dead.',
      errors: [{ messageId: 'participle-fragment', at: '1:1-1:26' }],
    },
    {
      text: 'Prices rose sharply in May, the bank said. Prompting fears that rates would rise again.',
      errors: [{ messageId: 'participle-fragment', at: '1:42-1:88' }],
      output: 'Prices rose sharply in May, the bank said, prompting fears that rates would rise again.',
    },
  ],
});

describe('dangling-fragment message', () => {
  it('names the kind of fragment and the sentence it probably belonged to', async () => {
    const [diagnostic] = await lintWith(danglingFragment, `${LETTER} Providing the bulk of both diplomatic support and aid.`);
    expect(diagnostic.message).toBe(
      'Sentence fragment: the participle phrase “Providing…” has no main clause; it probably belongs to the sentence before (“…to reveal its contents”)',
    );
    expect(diagnostic.safe).toBe(false);
  });
});
