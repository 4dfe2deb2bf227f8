import type { Rule } from '../src/engine/types.js';
import { looksLikeHeadline } from '../src/model/headline-shape.js';
import { offTopicJudgements } from '../src/model/off-topic-model.js';
import { displayTerms } from '../src/model/topic-terms.js';

/** Options of `stray-headline`. */
export interface Options {
  /** How sure the off-topic model must be that the text below the line is another story (default 0.5). */
  minConfidence: number;
}

/** A headline-like line inside the body, above text from another story. */
export const strayHeadline: Rule<Options> = {
  meta: {
    id: 'stray-headline',
    kind: 'structure',
    description: 'A headline-like line inside the body, above text from another story',
    severity: 'error',
    fixable: false,
    defaults: { minConfidence: 0.5 },
    schema: {
      minConfidence: { type: 'number', minimum: 0, maximum: 1, description: 'How sure the off-topic model must be about the text below the line' },
    },
    messages: {
      'stray-headline': 'Line reads like the headline of another story, above a paragraph about {{topic}}',
    },
  },
  create(context, options) {
    return {
      document(document) {
        for (const judgement of offTopicJudgements(document)) {
          const line = judgement.heading;
          if (!line || line.role === 'heading' || !looksLikeHeadline(line) || judgement.confidence < options.minConfidence) continue;
          const topic = displayTerms(document, judgement.paragraph, judgement.ownTerms, 3);
          context.report({ messageId: 'stray-headline', data: { topic: topic.length > 0 ? topic.join(', ') : 'something else' }, node: line, confidence: Math.round(judgement.confidence * 100) / 100 });
        }
      },
    };
  },
};
