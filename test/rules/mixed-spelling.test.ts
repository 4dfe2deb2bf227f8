import { testRule } from '../rule-tester.js';
import { mixedSpelling } from '../../rules/mixed-spelling.js';

testRule(mixedSpelling, {
  valid: [
    'The council will organise a meeting at the town centre to discuss the colour of the new signs.',
    'The mayor traveled to the theater to apologize for the color of the seats.',
    // Names keep their own spelling.
    'The Labour minister visited Pearl Harbor and met the World Health Organization team to realise the plan.',
    // -ise in both varieties, and -or words with no British form.
    'Officials advise caution, and the terror of the surprise exercise favoured no one in the centre.',
    'The programme on the computer program was a favourite of the audience at the centre.',
    // American copy accepts "grey" and "cancelled".
    'The organizer cancelled the grey parade at the center.',
    { text: 'The harbour authority will analyse the rumours.', options: { variety: 'british' } },
  ],
  invalid: [
    {
      text: 'The centre will organise talks on the colour scheme, but the rumors persist.',
      errors: [{ messageId: 'minority-variety', at: '1:62-1:68' }],
      output: 'The centre will organise talks on the colour scheme, but the rumours persist.',
    },
    {
      text: 'The center organized a parade. Its armour-plated float traveled slowly.',
      errors: [{ messageId: 'minority-variety', at: '1:36-1:42' }],
      output: 'The center organized a parade. Its armor-plated float traveled slowly.',
    },
    {
      // A tie goes to the spelling the story uses first.
      text: 'Behaviour matters, and the neighbors agree.',
      errors: [{ messageId: 'minority-variety', at: '1:28-1:37' }],
      output: 'Behaviour matters, and the neighbours agree.',
    },
    {
      // "grey" counts once the story also writes "gray".
      text: 'The gray car and the grey van were parked at the center near the theater.',
      errors: [{ messageId: 'minority-variety', at: '1:22-1:26' }],
      output: 'The gray car and the gray van were parked at the center near the theater.',
    },
    {
      // "cancelled" counts once the story writes "canceling": the same verb spelled both ways.
      text: 'The band cancelled the show, then recognised the fans before canceling the tour.',
      errors: [{ messageId: 'minority-variety', at: '1:62-1:71' }],
      output: 'The band cancelled the show, then recognised the fans before cancelling the tour.',
    },
    {
      text: 'The team travelled to the center.',
      options: { variety: 'american' },
      errors: [{ messageId: 'house-variety', at: '1:10-1:19' }],
      output: 'The team traveled to the center.',
    },
    {
      text: 'Analysts analyzed the defense budget and the tumour ward.',
      options: { variety: 'british' },
      errors: [
        { messageId: 'house-variety', at: '1:10-1:18' },
        { messageId: 'house-variety', at: '1:23-1:30' },
      ],
      output: 'Analysts analysed the defence budget and the tumour ward.',
    },
  ],
});
