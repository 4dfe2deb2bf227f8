import { alignToWords, locate, type Prediction, type SubToken } from './align.js';
import type { BenchSentence } from './words.js';

/** Tags one sentence; returns one prediction per nlcst word. */
export type SentenceTagger = (sentence: BenchSentence) => Prediction[];

/** A tagger under test: how to load it cold and which tag set it answers in. */
export interface Candidate {
  name: string;
  tagset: 'penn' | 'upos';
  /** Imports the package and builds a tagger; only this counts as load time. */
  load(): Promise<SentenceTagger>;
}

const enPos: Candidate = {
  name: 'en-pos',
  tagset: 'penn',
  async load() {
    const { Tag } = await import('en-pos');
    return (sentence) => new Tag(sentence.words.map((word) => word.text)).initial().smooth().tags.map((tag) => ({ tag }));
  },
};

const fastTag: Candidate = {
  name: 'pos (fasttag)',
  tagset: 'penn',
  async load() {
    const { Tagger } = (await import('pos')).default as typeof import('pos');
    const tagger = new Tagger();
    return (sentence) => tagger.tag(sentence.words.map((word) => word.text)).map(([, tag]) => ({ tag }));
  },
};

const wink: Candidate = {
  name: 'wink-nlp',
  tagset: 'upos',
  async load() {
    const winkNlp = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNlp(model, ['sbd', 'pos']);
    const its = nlp.its;
    return (sentence) => {
      const tokens = nlp.readDoc(sentence.text).tokens();
      const values = tokens.out(its.value) as string[];
      const tags = tokens.out(its.pos) as string[];
      // wink-nlp's typings declare `its.lemma` with an extra parameter, so it needs a cast to pass to `out`.
      const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
      const spans = locate(sentence.text, values);
      const subTokens: SubToken[] = spans.map((span, i) => ({ ...span, tag: tags[i]!, lemma: lemmas[i]!.toLowerCase() }));
      return alignToWords(sentence.words, subTokens);
    };
  },
};

interface CompromiseTerm {
  text: string;
  penn?: string | null;
  root?: string;
  machine?: string;
  normal: string;
  offset: { start: number; length: number };
}

const compromise: Candidate = {
  name: 'compromise',
  tagset: 'penn',
  async load() {
    const nlp = (await import('compromise')).default;
    return (sentence) => {
      const doc = nlp(sentence.text);
      doc.compute('penn');
      doc.compute('offset');
      doc.compute('root');
      const subTokens: SubToken[] = [];
      for (const terms of (doc as unknown as { docs: CompromiseTerm[][] }).docs) {
        for (const term of terms) {
          const previous = subTokens[subTokens.length - 1];
          // Expanded contractions ("didn't" → did + not) add zero-width terms: they belong to the written word before them.
          const span = term.offset.length === 0 && previous
            ? { start: previous.start, end: previous.end }
            : { start: term.offset.start, end: term.offset.start + term.offset.length };
          const lemma = term.root ?? term.machine ?? term.normal;
          subTokens.push({ ...span, tag: term.penn ?? 'X', lemma });
        }
      }
      return alignToWords(sentence.words, subTokens);
    };
  },
};

/** newslint's own tagger (en-lexicon read directly plus context rules), optionally without some rules. */
export function newslintTagger(skipRules: ReadonlySet<string> = new Set()): Candidate {
  return {
    name: 'newslint',
    tagset: 'penn',
    async load() {
      const { tagWords } = await import('../../src/model/tagger.js');
      return (sentence) => tagWords(sentence.words.map((word) => word.text), { skipRules });
    },
  };
}

/** Every candidate the bench compares, in table order. */
export const candidates: readonly Candidate[] = [enPos, fastTag, wink, compromise, newslintTagger()];

/** Finds a candidate by name, failing with the list of known names. */
export function candidateNamed(name: string): Candidate {
  const found = candidates.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`unknown tagger candidate "${name}" (known: ${candidates.map((c) => c.name).join(', ')})`);
  return found;
}
