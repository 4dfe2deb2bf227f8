import { testRule } from '../rule-tester.js';
import { harperGrammar } from '../../rules/harper-grammar.js';

testRule(harperGrammar, {
  valid: [
    'The mayor said she doesn’t expect the bridge to reopen before spring.',
    // Irregular pasts that Harper alone reads as presents disagreeing with "he"/"she".
    'He beat the defending champion in straight sets.',
    'She struck the ball cleanly, her coach said.',
    // "it's" before a verb form or a title is the contraction, which Harper alone reads as "its".
    'Analysts said it’s slowing in a measured way.',
    'The choir sang It’s Christmas Again at the service.',
    // Existential "there", which Harper alone reads as "their".
    'There needs to be more investment in the line, he said.',
    // Headlines are telegraphic; Harper reads "give way to" as "too".
    'Rail fares give way to flat pricing\n\nThe operator said fares would be simplified next year.',
    { text: '# Council had became landlord\n\nThe council met on Monday.', format: 'markdown' },
    // Word-choice slips belong to harper-word-choice.
    'The flood may effect the harvest this year.',
  ],
  invalid: [
    {
      text: 'The company raised it’s dividend for a third year.',
      errors: [{ messageId: 'harper', at: '1:20-1:24' }],
      output: 'The company raised its dividend for a third year.',
    },
    {
      text: 'The mayor said she don’t expect the bridge to reopen before spring.',
      errors: [{ messageId: 'harper', at: '1:20-1:25' }],
      output: 'The mayor said she doesn’t expect the bridge to reopen before spring.',
    },
    {
      text: 'The council had became the largest landlord in the county.',
      errors: [{ messageId: 'harper', at: '1:17-1:23' }],
      output: 'The council had become the largest landlord in the county.',
    },
    {
      text: 'Engineers will checking the pipes on Monday.',
      errors: [{ messageId: 'harper', at: '1:11-1:24' }],
      output: 'Engineers will check the pipes on Monday.',
    },
    {
      text: 'Sales were less then forecast in the third quarter.',
      errors: [{ messageId: 'harper', at: '1:17-1:21' }],
      output: 'Sales were less than forecast in the third quarter.',
    },
    {
      // Offsets map back through markup.
      text: 'She said the council *had became* the largest landlord.',
      format: 'markdown',
      errors: [{ messageId: 'harper', at: '1:27-1:33' }],
      output: 'She said the council *had become* the largest landlord.',
    },
    {
      text: '<p>Smith &amp; Sons said the firm had became a target.</p>',
      format: 'html',
      errors: [{ messageId: 'harper', at: '1:39-1:45' }],
      output: '<p>Smith &amp; Sons said the firm had become a target.</p>',
    },
    {
      // A text that is only one title-like line is still read.
      text: 'Council had became the largest landlord',
      errors: [{ messageId: 'harper', at: '1:13-1:19' }],
      output: 'Council had become the largest landlord',
    },
  ],
});
