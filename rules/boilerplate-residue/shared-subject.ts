import type { Paragraph } from '../../src/model/document.js';
import { contentKey, contentLemma, termWeight } from '../../src/model/term-weights.js';

const MIN_WEIGHT = Number(process.env.NL_W ?? 10);
const MIN_SHARED = Number(process.env.NL_S ?? 2);
const MIN_FRACTION = Number(process.env.NL_F ?? 0);

/** The paragraphs' key terms: content words rare in everyday English, by their cohesion key. */
export function keyTermsOf(paragraphs: readonly Paragraph[]): Set<string> {
  const terms = new Set<string>();
  if (process.env.NL_TOK) {
    for (const paragraph of paragraphs) for (const token of paragraph.text.toLowerCase().match(/[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*/gu) ?? []) {
      if (token.length >= 3 && termWeight(token) >= MIN_WEIGHT) terms.add(token);
    }
    return terms;
  }
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      for (const word of sentence.words) {
        const lemma = contentLemma(word);
        const key = lemma === undefined ? undefined : contentKey(word);
        if (lemma !== undefined && key !== undefined && termWeight(lemma) >= MIN_WEIGHT) terms.add(key);
      }
    }
  }
  return terms;
}

/** Whether a block shares enough key terms with the story's own copy to be about the story's subject. */
export function sharesSubject(block: readonly Paragraph[], storyTerms: ReadonlySet<string>): boolean {
  if (process.env.NL_PARA) {
    let withTerms = 0;
    let sharing = 0;
    for (const paragraph of block) {
      const terms = [...keyTermsOf([paragraph])];
      if (terms.length === 0) continue;
      withTerms++;
      if (terms.some((term) => storyTerms.has(term))) sharing++;
    }
    return sharing >= 1 && sharing >= Number(process.env.NL_PARA) * withTerms;
  }
  const terms = keyTermsOf(block);
  let shared = 0;
  for (const term of terms) if (storyTerms.has(term)) shared++;
  return shared >= Math.min(MIN_SHARED, process.env.NL_MIN ? terms.size : MIN_SHARED) && shared > 0 && shared >= MIN_FRACTION * terms.size;
}
