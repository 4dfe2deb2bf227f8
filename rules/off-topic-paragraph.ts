import type { Rule } from '../src/engine/types.js';
import type { CohesionEvidence } from '../src/model/paragraph-cohesion.js';
import { offTopicJudgements } from '../src/model/off-topic-model.js';
import { displayTerms } from '../src/model/topic-terms.js';

/** Options of `off-topic-paragraph`. */
export interface Options {
  /** Confidence at or above which the paragraph is reported as an error (default 0.85). */
  errorConfidence: number;
  /** Confidence at or above which the paragraph is reported, as a warning below `errorConfidence` (default 0.7). */
  warningConfidence: number;
}

/** How many of the paragraph's own terms the message names. */
const TOPIC_TERMS = 3;

/** The message that best says why, from the evidence. */
function messageFor(evidence: CohesionEvidence): 'unrelated' | 'new-names' | 'weakly-related' {
  if (evidence.coverage === 0) return 'unrelated';
  if (evidence.names > 0 && evidence.nameCoverage === 0) return 'new-names';
  return 'weakly-related';
}

/** A body paragraph that does not belong to the article's story (a paragraph from another story). */
export const offTopicParagraph: Rule<Options> = {
  meta: {
    id: 'off-topic-paragraph',
    kind: 'structure',
    description: "A body paragraph that does not belong to the article's story",
    severity: 'error',
    fixable: false,
    defaults: { errorConfidence: 0.85, warningConfidence: 0.7 },
    schema: {
      errorConfidence: { type: 'number', minimum: 0, maximum: 1, description: 'Confidence at or above which the report is an error' },
      warningConfidence: { type: 'number', minimum: 0, maximum: 1, description: 'Confidence at or above which the paragraph is reported at all' },
    },
    messages: {
      unrelated: 'Paragraph shares no names or key terms with the rest of the story; its own topic: {{topic}}',
      'new-names': 'Paragraph mentions no one else in the story and shares only {{percent}}% of its key terms; its own topic: {{topic}}',
      'weakly-related': 'Paragraph shares only {{percent}}% of its key terms with the rest of the story; its own topic: {{topic}}',
    },
  },
  create(context, options) {
    return {
      document(document) {
        for (const judgement of offTopicJudgements(document)) {
          const { paragraph, evidence, confidence } = judgement;
          if (confidence < options.warningConfidence) continue;
          const topic = displayTerms(document, paragraph, judgement.ownTerms, TOPIC_TERMS);
          context.report({
            messageId: messageFor(evidence),
            data: { topic: topic.length > 0 ? topic.join(', ') : 'unclear', percent: Math.round(100 * evidence.coverage) },
            node: paragraph,
            confidence: Math.round(confidence * 100) / 100,
            severity: confidence >= options.errorConfidence ? 'error' : 'warning',
          });
        }
      },
    };
  },
};
