import type { Rule } from '../src/engine/types.js';
import { offTopicJudgements } from '../src/model/off-topic-model.js';
import { displayTerms } from '../src/model/topic-terms.js';

/** Options of `stray-headline`. */
export interface Options {
  /** How sure the off-topic model must be that the paragraph below the line is another story (default 0.5). */
  minConfidence: number;
  /** The most of the line's own key terms the rest of the story may share (default 0.5). */
  maxSharedTerms: number;
}

/** How many of the paragraph's own terms the message names. */
const TOPIC_TERMS = 3;

/**
 * A headline-like line inside the body, above text from another story. The line must be shaped like a
 * headline, sit directly above a paragraph that the off-topic model judges foreign, and share little with
 * the story itself: a section heading shares the story's terms, a teaser for another story does not.
 */
export const strayHeadline: Rule<Options> = {
  meta: {
    id: 'stray-headline',
    kind: 'structure',
    description: 'A headline-like line inside the body, above text from another story',
    severity: 'error',
    fixable: false,
    defaults: { minConfidence: 0.5, maxSharedTerms: 0.5 },
    schema: {
      minConfidence: { type: 'number', minimum: 0, maximum: 1, description: 'How sure the off-topic model must be about the paragraph below the line' },
      maxSharedTerms: { type: 'number', minimum: 0, maximum: 1, description: "The most of the line's key terms the rest of the story may share" },
    },
    messages: {
      'stray-headline': 'Line reads like the headline of another story, above a paragraph about {{topic}}',
    },
  },
  create(context, options) {
    return {
      document(document) {
        for (const judgement of offTopicJudgements(document)) {
          const { heading, headingCoverage, confidence } = judgement;
          // Markup headings are the author's own sections; only lines the plain text left bare are suspects.
          if (!heading || heading.role === 'heading' || headingCoverage === undefined) continue;
          if (confidence < options.minConfidence || headingCoverage > options.maxSharedTerms) continue;
          const topic = displayTerms(document, judgement.paragraph, judgement.ownTerms, TOPIC_TERMS);
          context.report({
            messageId: 'stray-headline',
            data: { topic: topic.length > 0 ? topic.join(', ') : 'something else' },
            node: heading,
            confidence: Math.round(confidence * 100) / 100,
          });
        }
      },
    };
  },
};
