import { testRule } from '../rule-tester.js';
import { missingArticle } from '../../rules/missing-article.js';

testRule(missingArticle, {
  valid: [
    'The council published a detailed report on Monday.',
    // Mass nouns, quantities and ordinals go bare.
    'Residents need more information and had little choice, officials said.',
    'She won the title for the first time and made steady progress.',
    // Bare complements of "become", "name" and the like, and offices held.
    'He became captain in May and was named player of the year. She is acting chair.',
    // Modifiers inside a noun phrase, not verbs: a participle, a base form, a compound.
    'The firm sold its newly branded phone. The policy think tank issued its advice.',
    // A clause after a reporting verb, and a subject followed by its verb.
    'The minister said meeting the unions was useful. Their dropped goal sealed the match.',
    // Idioms with a bare noun.
    'Staff took note of the change and raised concern about it.',
  ],
  invalid: [
    {
      text: 'Please provide detailed report by Friday.',
      errors: [{ messageId: 'missing-article', at: '1:16-1:31' }],
      output: 'Please provide a detailed report by Friday.',
    },
    {
      text: 'The bird built nest in the old oak.',
      errors: [{ messageId: 'missing-article', at: '1:16-1:20' }],
      output: 'The bird built a nest in the old oak.',
    },
    {
      text: 'We need quick answer from the council.',
      errors: [{ messageId: 'missing-article', at: '1:9-1:21' }],
      output: 'We need a quick answer from the council.',
    },
    {
      text: 'Officials say he is honest man.',
      errors: [{ messageId: 'missing-article', at: '1:21-1:31' }],
      output: 'Officials say he is an honest man.',
    },
  ],
});
