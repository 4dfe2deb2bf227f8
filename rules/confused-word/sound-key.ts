/**
 * A rough key for how an English word sounds: spellings of one sound merged ("ph"/"f", soft "c"/"s"),
 * silent letters dropped (initial "kn", "gh", final "e", "w" after a vowel) and every vowel run collapsed,
 * so that "tale"/"tail", "site"/"sight", "naught"/"not" and "toe"/"tow" share a key.
 */
export function soundKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = computeSoundKey(word);
    // Bounded so that a long-running server does not grow the memo without end.
    if (keys.size < 50_000) keys.set(word, key);
  }
  return key;
}

/** Keys by word: running text repeats its words, and a key costs a score of replacements. */
const keys = new Map<string, string>();

function computeSoundKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/^kn/, 'n')
    .replace(/^wr/, 'r')
    .replace(/^wh/, 'w')
    .replace(/^ps/, 's')
    .replace(/ph/g, 'f')
    .replace(/gh/g, '')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/dg/g, 'j')
    .replace(/z/g, 's')
    .replace(/mb$/, 'm')
    .replace(/gn/g, 'n')
    .replace(/([^aeiouy])e$/, '$1')
    .replace(/([aeiouy])w/g, '$1')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiouy]+/g, '*');
}

/** Whether two words are at most one deletion, insertion, change or swap of neighbours apart. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA.slice(1) === restB.slice(1) || restA === restB.slice(1) || restA.slice(1) === restB) return true;
  return restA.length > 1 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2);
}
