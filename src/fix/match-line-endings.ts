/** The line ending a text mostly uses: `\r\n` when most of its line breaks are CRLF, otherwise `\n`. */
export function dominantLineEnding(text: string): '\r\n' | '\n' {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/** Rewrites the line breaks inside a replacement to the ones `source` uses, so a fix never mixes endings. */
export function matchLineEndings(replacement: string, source: string): string {
  if (!replacement.includes('\n')) return replacement;
  return replacement.replace(/\r?\n/g, dominantLineEnding(source));
}
