import type { NewsDocument, Paragraph } from './document.js';
import { looksLikeHeadline } from './headline-shape.js';
import { paragraphTerms, type ParagraphTerms } from './term-weights.js';
import { cosine, cosineWithRest, norm, sumVectors } from './term-vectors.js';

/** Blocks that carry the story's running text. */
const BODY_ROLES = new Set(['paragraph', 'blockquote', 'list-item']);
/** Paragraphs on each side that make up a paragraph's neighbourhood (TextTiling's block comparison). */
const WINDOW = 2;
/** Openings that announce a deliberate turn to a related matter ("Meanwhile, …", "Separately, …"). */
const PIVOT_OPENING = /^(?:meanwhile|elsewhere|separately|in other news|in a separate|on another front|in another development|also on|at the same time)\b/i;

/** Openings that lean on what came before: a pronoun subject or a connective. */
const CONTINUING_OPENING = /^(?:he|she|they|it|this|these|those|his|her|their|its|but|however|and|also|yet|still|instead|then)\b/i;

/** What the cohesion measures say about one body paragraph; all shares are of its weighted content terms. */
export interface CohesionEvidence {
  /** Share found anywhere else in the story, headline included (leave-one-out). */
  coverage: number;
  /** Share found in the headline, the lede and the paragraphs within WINDOW of it. */
  localCoverage: number;
  /** Share found in the headline and the lede alone. */
  anchorCoverage: number;
  /** Cosine similarity with the rest of the story. */
  similarity: number;
  /** Its names found elsewhere, out of its names (1 when it has none). */
  nameCoverage: number;
  names: number;
  /** How much better its neighbours cohere with each other than with it (TextTiling depth; 0 at the ends). */
  gap: number;
  /** Its coverage minus the median coverage of the other judged paragraphs. */
  relativeCoverage: number;
  /** Its local coverage minus the median local coverage of the other judged paragraphs. */
  relativeLocalCoverage: number;
  contentWords: number;
  /** Body paragraphs in the story, this one included. */
  storyParagraphs: number;
  /** Opens with "Meanwhile", "Separately"… */
  pivot: boolean;
  /** Share of its words inside direct quotation. */
  quotedShare: number;
  /** Opens with a pronoun or a connective that points back ("He", "They", "But", "However"). */
  continues: boolean;
}

/** One judged paragraph: its evidence, and the terms that make up its own topic. */
export interface ParagraphCohesion {
  paragraph: Paragraph;
  evidence: CohesionEvidence;
  /** Its heaviest terms that appear nowhere else in the story, heaviest first (lemmas or name keys). */
  ownTerms: string[];
  /** A headline-shaped line directly above it, which belongs with it rather than with the rest. */
  heading: Paragraph | undefined;
  /** Share of the heading's weighted terms found in the story outside the heading and this paragraph. */
  headingCoverage: number | undefined;
}

/** Fewer content words than this and a paragraph gives too little evidence to judge. */
export const MIN_CONTENT_WORDS = 6;

interface Unit {
  paragraph: Paragraph;
  terms: ParagraphTerms;
  heading: Paragraph | undefined;
}

/**
 * Judges every body paragraph after the lede against the rest of the story: lexical cohesion over
 * surprisal-weighted content lemmas, continuity of names, and a TextTiling-style gap against its
 * neighbours. Computed once per document and shared (stray-headline reads it too).
 */
export function paragraphCohesion(document: NewsDocument): ParagraphCohesion[] {
  return document.shared('paragraph-cohesion', computeCohesion);
}

function computeCohesion(document: NewsDocument): ParagraphCohesion[] {
  const terms = paragraphTerms(document);
  const headline = document.headline ? terms[document.headline.index] : undefined;
  const units: Unit[] = [];
  let pendingHeading: Paragraph | undefined;
  for (const paragraph of document.paragraphs) {
    if (paragraph === document.headline) continue;
    if (paragraph.role === 'heading' || (BODY_ROLES.has(paragraph.role) && looksLikeHeadline(paragraph))) {
      pendingHeading = paragraph;
      continue;
    }
    if (!BODY_ROLES.has(paragraph.role)) continue;
    units.push({ paragraph, terms: terms[paragraph.index], heading: pendingHeading });
    pendingHeading = undefined;
  }
  const ledeIndex = units.findIndex((unit) => unit.terms.contentWords >= MIN_CONTENT_WORDS);
  if (ledeIndex === -1) return [];
  const lede = units[ledeIndex];

  // Document frequency over the story's blocks: a term recurs elsewhere when it is in some other block.
  const blocks = [...units.map((unit) => unit.terms), ...(headline ? [headline] : []), ...headingTerms(units, terms)];
  const blockCount = new Map<string, number>();
  for (const block of blocks) {
    for (const key of block.vector.keys()) blockCount.set(key, (blockCount.get(key) ?? 0) + 1);
    for (const name of block.names) if (!block.vector.has(name)) blockCount.set(name, (blockCount.get(name) ?? 0) + 1);
  }
  const total = sumVectors(blocks.map((block) => block.vector));
  const totalNorm = norm(total);

  const positions = units.map((_, position) => position).filter((position) => position > ledeIndex && isJudgeable(units[position]));
  const results = positions.map((position) => {
    const unit = units[position];
    const own = unit.terms;
    const headingOwn = unit.heading ? terms[unit.heading.index] : undefined;
    // Leave-one-out: a term counts only if some block other than this paragraph and its heading has it.
    const elsewhere = (key: string) => (blockCount.get(key) ?? 0) - (own.vector.has(key) || own.names.has(key) ? 1 : 0) - (headingOwn && (headingOwn.vector.has(key) || headingOwn.names.has(key)) ? 1 : 0) > 0;
    const neighbours = units.slice(Math.max(0, position - WINDOW), position).concat(units.slice(position + 1, position + 1 + WINDOW));
    const local = [lede.terms, ...(headline ? [headline] : []), ...neighbours.map((n) => n.terms)];
    const anchor = [lede.terms, ...(headline ? [headline] : [])];
    const previous = units[position - 1]?.terms;
    const next = units[position + 1]?.terms;
    const evidence: CohesionEvidence = {
      coverage: shareFound(own, elsewhere),
      localCoverage: shareFound(own, (key) => local.some((block) => block.vector.has(key) || block.names.has(key))),
      anchorCoverage: shareFound(own, (key) => anchor.some((block) => block.vector.has(key) || block.names.has(key))),
      similarity: cosineWithRest(own.vector, total, totalNorm, headingOwn?.vector),
      nameCoverage: own.names.size === 0 ? 1 : [...own.names].filter(elsewhere).length / own.names.size,
      names: own.names.size,
      gap: previous && next ? cosine(previous.vector, next.vector) - Math.max(cosine(previous.vector, own.vector), cosine(own.vector, next.vector)) : 0,
      relativeCoverage: 0,
      relativeLocalCoverage: 0,
      contentWords: own.contentWords,
      storyParagraphs: units.length,
      pivot: PIVOT_OPENING.test(unit.paragraph.text.trimStart().replace(/^["'“‘]/, '')),
      quotedShare: quotedShare(unit.paragraph),
      continues: CONTINUING_OPENING.test(unit.paragraph.text.trimStart()),
    };
    const ownTerms = [...own.vector.entries()].filter(([key]) => !elsewhere(key)).sort((a, b) => b[1] - a[1]).map(([key]) => key);
    const headingCoverage = headingOwn ? shareFound(headingOwn, elsewhere) : undefined;
    return { paragraph: unit.paragraph, evidence, ownTerms, heading: unit.heading, headingCoverage };
  });
  // The median over all judged paragraphs stands in for the leave-one-out median: they differ by at most one rank.
  if (results.length > 1) {
    const typical = median(results.map((result) => result.evidence.coverage));
    const typicalLocal = median(results.map((result) => result.evidence.localCoverage));
    for (const { evidence } of results) {
      evidence.relativeCoverage = evidence.coverage - typical;
      evidence.relativeLocalCoverage = evidence.localCoverage - typicalLocal;
    }
  }
  return results;
}

/** Prose worth judging: enough content words, and a verb, which lists, results lines and captions lack. */
function isJudgeable(unit: Unit): boolean {
  return unit.terms.contentWords >= MIN_CONTENT_WORDS && unit.paragraph.sentences.some((sentence) => sentence.words.some((word) => /^(?:VB[DPZ]|MD)$/.test(word.tag) && /\p{Ll}/u.test(word.text)));
}

function quotedShare(paragraph: Paragraph): number {
  let words = 0;
  let quoted = 0;
  for (const sentence of paragraph.sentences) {
    for (const word of sentence.words) {
      words++;
      if (word.quoted) quoted++;
    }
  }
  return words === 0 ? 0 : quoted / words;
}

function headingTerms(units: Unit[], terms: ParagraphTerms[]): ParagraphTerms[] {
  return units.flatMap((unit) => (unit.heading ? [terms[unit.heading.index]] : []));
}

/** Weighted share of a paragraph's terms for which `found` holds. */
function shareFound(terms: ParagraphTerms, found: (key: string) => boolean): number {
  let all = 0;
  let shared = 0;
  for (const [key, weight] of terms.vector) {
    all += weight;
    if (found(key)) shared += weight;
  }
  return all === 0 ? 0 : shared / all;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
