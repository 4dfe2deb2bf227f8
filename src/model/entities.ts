import type { Entity, Sentence, Word } from './document.js';

const PROPER = /^NNPS?$/;
/** Lower-case words allowed inside a name: "Bank of England", "Kim Jong Un", "al-Assad". */
const NAME_LINKS = new Set(['of', 'de', 'la', 'van', 'von', 'bin', 'al', 'del', 'der', 'du', 'le', 'and']);

/** Finds named entities: runs of capitalised proper nouns, joined across name links like "of". */
export function findEntities(sentence: Sentence): Entity[] {
  const entities: Entity[] = [];
  const words = sentence.words;
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < words.length) {
      const next = words[end + 1];
      if (isNameWord(next)) end++;
      else if (NAME_LINKS.has(next.lower) && words[end + 2] && isNameWord(words[end + 2])) end += 2;
      else break;
    }
    const run = words.slice(i, end + 1);
    const text = run.map((word) => word.text).join(' ');
    entities.push({ text, key: entityKey(text), start: run[0].start, end: run[run.length - 1].end, paragraphIndex: sentence.paragraphIndex });
    i = end + 1;
  }
  return entities;
}

/** A capitalised proper noun; mid-sentence, a capitalised common noun is a name too ("the Bank"). */
function isNameWord(word: Word): boolean {
  if (!/^\p{Lu}/u.test(word.text)) return false;
  return PROPER.test(word.tag) || (word.index > 0 && word.tag.startsWith('NN'));
}

/** A mention's comparison key: lower case, possessive dropped. */
export function entityKey(text: string): string {
  return text.toLowerCase().replace(/['’]s$/, '');
}
