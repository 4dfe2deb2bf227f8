import type { NewsDocument } from './document.js';
import { paragraphCohesion, type CohesionEvidence, type ParagraphCohesion } from './paragraph-cohesion.js';

/** The names of the model's inputs, in order (for the fitting script's printout). */
export const FEATURE_NAMES = [
  'coverage',
  'localCoverage',
  'anchorCoverage',
  'similarity',
  'nameCoverage',
  'hasNames',
  'gap',
  'relativeCoverage',
  'relativeLocalCoverage',
  'logContentWords',
  'logStoryParagraphs',
  'quotedShare',
  'continues',
] as const;

/** The model's inputs for one paragraph, in FEATURE_NAMES order. */
export function offTopicFeatures(evidence: CohesionEvidence): number[] {
  return [
    evidence.coverage,
    evidence.localCoverage,
    evidence.anchorCoverage,
    evidence.similarity,
    evidence.nameCoverage,
    evidence.names > 0 ? 1 : 0,
    evidence.gap,
    evidence.relativeCoverage,
    evidence.relativeLocalCoverage,
    Math.log(evidence.contentWords),
    Math.log(evidence.storyParagraphs),
    evidence.quotedShare,
    evidence.continues ? 1 : 0,
  ];
}

/**
 * Logistic-regression weights (intercept first), fitted by bench/quality/fit-off-topic.ts on paragraphs
 * planted into dev-split articles; see that script to refit after changing the features.
 */
export const WEIGHTS = [2.287, -2.23, 4.06, -7.778, -28.689, -1.811, -0.13, 3.102, -4.656, -7.312, 0.506, -1.738, -0.69, -0.329];

/** The probability that a paragraph with this evidence does not belong to its story. */
export function offTopicProbability(evidence: CohesionEvidence): number {
  const features = offTopicFeatures(evidence);
  let z = WEIGHTS[0];
  features.forEach((value, i) => (z += WEIGHTS[i + 1] * value));
  return 1 / (1 + Math.exp(-z));
}

/** A judged paragraph with the model's confidence that it does not belong. */
export interface OffTopicJudgement extends ParagraphCohesion {
  /** The model's probability, lowered for pivots and round-ups. */
  confidence: number;
}

/** A "Meanwhile, …" paragraph turns the story on purpose: its confidence is scaled down below the default warning level. */
const PIVOT_DISCOUNT = 0.55;
/** Above this probability a paragraph counts as unrelated when deciding whether the story is a round-up. */
const ROUNDUP_PARAGRAPH = 0.5;
/** A story where this share of judged paragraphs (and at least ROUNDUP_MIN of them) seem unrelated is a round-up. */
const ROUNDUP_SHARE = 1 / 3;
const ROUNDUP_MIN = 3;
/** In a round-up every item has its own topic, so "does not belong" means little: confidence is halved. */
const ROUNDUP_DISCOUNT = 0.5;

/** Off-topic confidence for every judged paragraph of a document; computed once and shared. */
export function offTopicJudgements(document: NewsDocument): OffTopicJudgement[] {
  return document.shared('off-topic-judgements', (doc) => {
    const judged = paragraphCohesion(doc).map((cohesion) => ({ ...cohesion, confidence: offTopicProbability(cohesion.evidence) }));
    const unrelated = judged.filter((judgement) => judgement.confidence > ROUNDUP_PARAGRAPH).length;
    const roundUp = unrelated >= ROUNDUP_MIN && unrelated >= ROUNDUP_SHARE * judged.length;
    for (const judgement of judged) {
      if (judgement.evidence.pivot) judgement.confidence *= PIVOT_DISCOUNT;
      if (roundUp) judgement.confidence *= ROUNDUP_DISCOUNT;
    }
    return judged;
  });
}
