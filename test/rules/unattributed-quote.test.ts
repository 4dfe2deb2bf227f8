import { unattributedQuote } from '../../rules/unattributed-quote.js';
import { testRule } from '../rule-tester.js';

const CLOSE = 'The council will close two libraries.';
const SOLD = 'The buildings will be sold next year to pay for a new sports centre.';
const FIGHT = '"We will keep fighting until the doors are open again."';
const lines = (...blocks: string[]) => blocks.join('\n\n') + '\n';

testRule(unattributedQuote, {
  valid: [
    // A said-verb in the paragraph, then the same speaker running on.
    lines(CLOSE, '"We will keep fighting until the doors are open again," said Maria Lopez.', '"Nobody asked the people who use them."'),
    // Introduced by a colon, in the paragraph or at the end of the one before.
    lines(CLOSE, 'The mayor was blunt: "There is no money left."'),
    lines(CLOSE, 'The mayor added:', '"There is no money left."'),
    // Indirect speech names the speaker of the quotation that follows.
    lines(CLOSE, 'Maria Lopez says the reading group will meet elsewhere.', '"We will keep going whatever happens."'),
    // A quoted phrase inside a sentence is not a quotation that needs a speaker.
    'The council voted for a "new path for the libraries" on Tuesday.\n',
    // Three uncredited quotations: dialogue, not reporting.
    lines(CLOSE, '"We will keep going whatever happens."', '"Nobody asked the people who use them."', '"The doors will open again."'),
    // Interview copy labels its speakers; a signature credits the quotation.
    lines('Q: Will the libraries close?', 'A: "We do not know yet, but we are trying."'),
    lines('"We will win the vote in the end."', '- Jane Doe'),
  ],
  invalid: [
    {
      text: lines(CLOSE, SOLD, FIGHT),
      errors: [{ messageId: 'no-speaker', at: '5:2-5:55' }],
    },
    {
      // A paragraph of prose between them breaks the speaker's run.
      text: lines(CLOSE, '"We will keep fighting," Maria Lopez said.', 'The libraries opened in 1950.', '"Nobody asked the people who use them."'),
      errors: [{ messageId: 'no-speaker', at: '7:2-7:39' }],
    },
    {
      text: lines(CLOSE, '"We keep going whatever happens."', '"Nobody asked the people who use them."', '"The doors will open again."'),
      options: { styleThreshold: 0 },
      errors: [
        { messageId: 'no-speaker', at: '3:2-3:33' },
        { messageId: 'no-speaker', at: '5:2-5:39' },
        { messageId: 'no-speaker', at: '7:2-7:28' },
      ],
    },
  ],
});
