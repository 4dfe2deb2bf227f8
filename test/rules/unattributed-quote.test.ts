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
    // Quoted sentences in a row are one run: an attribution at its end credits the whole run.
    lines(CLOSE, '"We were let down by everyone in the council." "We will keep fighting," said Maria Lopez.'),
    // A speaker named earlier in the paragraph holds it, prose between or not.
    lines(CLOSE, 'Maria Lopez said the group was tired. The library opened in 1950. "We will keep fighting until the doors open."'),
    // A sentence whose subject is "she" or a speaker the story credits elsewhere hands the quotation its speaker.
    lines(CLOSE, 'She has run the reading group since 2010. "We will keep fighting until the doors open."'),
    lines(CLOSE, '"We will keep fighting," Ms Lopez said.', 'The library opened in 1950.', 'Ms Lopez has run the reading group since 2010. "Nobody asked the people who use them."'),
    // …across a paragraph break too.
    lines(CLOSE, 'She has run the reading group since 2010.', '"We will keep fighting until the doors open."'),
    // A noun of speech or writing frames the quotation.
    lines(CLOSE, 'Protesters carried a banner with the words "We want our library back."'),
    lines(CLOSE, 'The campaign has a tagline. Its tagline? "We want our library back."'),
    // A sentence that introduces someone by role and name, either way round.
    lines(CLOSE, 'The plan is the work of council researcher Jane Hale. "We looked at every building in the city."'),
    lines(CLOSE, 'Tom Reed, the group’s chairman, has fought the plan for a year. "We looked at every building in the city."'),
    // A verb of thinking, a quotation given as an example, a quotation attributed in the sentence before.
    lines(CLOSE, 'Visitors often wonder, "Why did nobody ask us first?"'),
    lines(CLOSE, 'The group uses slogans such as "Books are for everyone."'),
    lines(CLOSE, 'I am reminded of a line attributed to an old mayor. "A city without books has no memory."'),
    // A question ends its sentence; the attribution opens the next one.
    lines(CLOSE, '"Can we keep the library open?" Tom Reed asked the council.'),
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
      // A said-verb later in the paragraph, after prose, credits a later quotation, not this one.
      text: lines(CLOSE, 'The vote was held on Tuesday. "We were let down by everyone in the council." The library opened in 1950. "We will keep fighting," said Maria Lopez.'),
      errors: [{ messageId: 'no-speaker', at: '3:32-3:76' }],
    },
    {
      // A name the story never credits with speech does not make the sentence before a speaker's beat.
      text: lines(CLOSE, 'Ms Lopez has run the reading group since 2010. "Nobody asked the people who use them."'),
      errors: [{ messageId: 'no-speaker', at: '3:49-3:86' }],
    },
    {
      // A prose paragraph about no speaker breaks the run.
      text: lines(CLOSE, 'The reading group has met there since 2010.', '"We will keep fighting until the doors open."'),
      errors: [{ messageId: 'no-speaker', at: '5:2-5:45' }],
    },
    {
      // A noun ending the sentence before does not frame the quotation after the stop.
      text: lines(CLOSE, 'Protesters stood by the poster. "We want our library back."'),
      errors: [{ messageId: 'no-speaker', at: '3:34-3:59' }],
    },
    {
      text: lines(CLOSE, 'The plan is the work of the research team. "We looked at every building in the city."'),
      errors: [{ messageId: 'no-speaker', at: '3:45-3:85' }],
    },
    {
      text: lines(CLOSE, '"Can we keep the library open?" Tom Reed left the meeting.'),
      errors: [{ messageId: 'no-speaker', at: '3:2-3:31' }],
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
