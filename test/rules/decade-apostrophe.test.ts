import { testRule } from '../rule-tester.js';
import { decadeApostrophe } from '../../rules/decade-apostrophe.js';

testRule(decadeApostrophe, {
  valid: [
    'Prices have risen since the mid-1990s, and the club was founded in the 1880s.',
    "The style of the '80s came back.",
    // A year that does not end a decade, and a sum's worth, are possessives.
    "The 1984's budget was smaller; it took 2000's worth of parts and £1,000's worth of labour.",
    // After a name or a month, a year is a possessive: an event's, an author's, a date's.
    "Speakers at DEF CON 2020's opening session cited Smith 2010's survey of June 2010's election.",
  ],
  invalid: [
    {
      text: 'Jazz defined the Roaring 1920\'s in the city.',
      errors: [{ messageId: 'decade-apostrophe', at: '1:26-1:32' }],
      output: 'Jazz defined the Roaring 1920s in the city.',
    },
    {
      text: "It is a remake of a classic 1980's arcade game. 1990's consoles sold well.",
      errors: [
        { messageId: 'decade-apostrophe', at: '1:29-1:35' },
        { messageId: 'decade-apostrophe', at: '1:49-1:55' },
      ],
      output: 'It is a remake of a classic 1980s arcade game. 1990s consoles sold well.',
    },
    {
      text: 'The firm has imported oil since the mid 1990’s.',
      errors: [{ messageId: 'decade-apostrophe', at: '1:41-1:47' }],
      output: 'The firm has imported oil since the mid 1990s.',
    },
    {
      text: "Fashion of the '70's and the 1960's is back.",
      errors: [
        { messageId: 'decade-apostrophe', at: '1:16-1:21' },
        { messageId: 'decade-apostrophe', at: '1:30-1:36' },
      ],
      output: "Fashion of the '70s and the 1960s is back.",
    },
  ],
});
