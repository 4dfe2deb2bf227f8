// `pos` (fasttag) ships no type declarations; this is the part of its API the bench uses.
declare module 'pos' {
  export class Tagger {
    tag(words: string[]): Array<[string, string]>;
  }
}
