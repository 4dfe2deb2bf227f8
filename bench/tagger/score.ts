import type { Prediction } from './align.js';
import type { BenchSentence } from './words.js';

/** Accuracy figures for one candidate over one set of sentences. Undefined where the tag set cannot answer. */
export interface Scores {
  tokens: number;
  penn: number | undefined;
  /** Coarse universal classes, comparable across Penn and UPOS taggers. */
  coarse: number;
  /** finite (VBD/VBZ/VBP/MD) vs participle (VBG/VBN) vs base (VB), over tokens where gold or guess is one of them. */
  verbForm: number | undefined;
  /** F1 of proper noun (NNP/NNPS or PROPN) against everything else. */
  properF1: number;
  /** Lemma accuracy over tokens whose gold lemma differs from the lower-cased word. */
  lemma: number | undefined;
}

type VerbForm = 'finite' | 'participle' | 'base' | 'other';

function verbFormOf(tag: string): VerbForm {
  if (tag === 'VBD' || tag === 'VBZ' || tag === 'VBP' || tag === 'MD') return 'finite';
  if (tag === 'VBG' || tag === 'VBN') return 'participle';
  if (tag === 'VB') return 'base';
  return 'other';
}

const pennToCoarse: Record<string, string> = {
  NN: 'NOUN', NNS: 'NOUN', NNP: 'PROPN', NNPS: 'PROPN',
  VB: 'VERB', VBD: 'VERB', VBG: 'VERB', VBN: 'VERB', VBP: 'VERB', VBZ: 'VERB', MD: 'VERB',
  JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ',
  RB: 'ADV', RBR: 'ADV', RBS: 'ADV', WRB: 'ADV',
  DT: 'DET', PDT: 'DET', WDT: 'DET',
  PRP: 'PRON', 'PRP$': 'PRON', WP: 'PRON', 'WP$': 'PRON', EX: 'PRON',
  IN: 'ADP', RP: 'ADP', TO: 'PART', CC: 'CCONJ', CD: 'NUM', UH: 'INTJ',
};

// UD splits what Penn lumps (and the other way round); merge those so only real disagreements count.
const uposToCoarse: Record<string, string> = { AUX: 'VERB', SCONJ: 'ADP' };

/** The coarse class of a Penn tag for `word` ("not" is a particle in UD but RB in Penn). */
function coarseOfPenn(tag: string, word: string): string {
  if (tag === 'RB' && /^not$/i.test(word)) return 'PART';
  return pennToCoarse[tag] ?? 'X';
}

function coarseOfUpos(tag: string, word: string): string {
  // UD tags infinitival "to" PART and prepositional "to" ADP; Penn has one tag, TO, for both.
  if (/^to$/i.test(word) && (tag === 'PART' || tag === 'ADP')) return 'PART';
  return uposToCoarse[tag] ?? tag;
}

function ratio(hits: number, total: number): number {
  return total === 0 ? 1 : hits / total;
}

/** Scores predictions (one array per sentence, aligned with its words) against the gold tags and lemmas. */
export function score(sentences: readonly BenchSentence[], predictions: readonly Prediction[][], tagset: 'penn' | 'upos'): Scores {
  let tokens = 0;
  let pennHits = 0;
  let coarseHits = 0;
  let verbTotal = 0;
  let verbHits = 0;
  let properTruePositive = 0;
  let properGuessed = 0;
  let properGold = 0;
  let lemmaTotal = 0;
  let lemmaHits = 0;
  let lemmaSeen = false;

  sentences.forEach((sentence, s) => {
    sentence.gold.tokens.forEach(([word, goldTag, goldLemma], w) => {
      const guess = predictions[s]![w]!;
      const allowed = goldTag.split('|');
      tokens += 1;

      const guessCoarse = tagset === 'penn' ? coarseOfPenn(guess.tag, word) : coarseOfUpos(guess.tag, word);
      if (allowed.some((tag) => coarseOfPenn(tag, word) === guessCoarse)) coarseHits += 1;

      const goldProper = allowed.some((tag) => tag === 'NNP' || tag === 'NNPS');
      const guessProper = guessCoarse === 'PROPN';
      if (goldProper) properGold += 1;
      if (guessProper) properGuessed += 1;
      if (goldProper && guessProper) properTruePositive += 1;

      if (tagset === 'penn') {
        if (allowed.includes(guess.tag)) pennHits += 1;
        const goldForms = allowed.map(verbFormOf);
        const guessForm = verbFormOf(guess.tag);
        if (guessForm !== 'other' || goldForms.some((form) => form !== 'other')) {
          verbTotal += 1;
          if (goldForms.includes(guessForm)) verbHits += 1;
        }
      }

      const expectedLemma = goldLemma ?? word.toLowerCase();
      if (guess.lemma !== undefined) lemmaSeen = true;
      if (expectedLemma !== word.toLowerCase()) {
        lemmaTotal += 1;
        if (guess.lemma === expectedLemma) lemmaHits += 1;
      }
    });
  });

  const precision = ratio(properTruePositive, properGuessed);
  const recall = ratio(properTruePositive, properGold);
  return {
    tokens,
    penn: tagset === 'penn' ? ratio(pennHits, tokens) : undefined,
    coarse: ratio(coarseHits, tokens),
    verbForm: tagset === 'penn' ? ratio(verbHits, verbTotal) : undefined,
    properF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    lemma: lemmaSeen ? ratio(lemmaHits, lemmaTotal) : undefined,
  };
}

/** Lists each token a candidate got wrong, for reading errors by eye. */
export function mistakes(sentences: readonly BenchSentence[], predictions: readonly Prediction[][]): string[] {
  const lines: string[] = [];
  sentences.forEach((sentence, s) => {
    sentence.gold.tokens.forEach(([word, goldTag, goldLemma], w) => {
      const guess = predictions[s]![w]!;
      const tagWrong = !goldTag.split('|').includes(guess.tag);
      const expectedLemma = goldLemma ?? word.toLowerCase();
      const lemmaWrong = guess.lemma !== undefined && guess.lemma !== expectedLemma;
      if (tagWrong || lemmaWrong) {
        lines.push(`${word}\tgold ${goldTag}/${expectedLemma}\tgot ${guess.tag}/${guess.lemma ?? '-'}\t| ${sentence.text}`);
      }
    });
  });
  return lines;
}
