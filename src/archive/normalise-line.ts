/** A line as the archive compares it: trimmed, with every run of white space collapsed to one space. */
export function normaliseLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/** The distinct non-blank lines of a text, normalised. */
export function distinctLines(text: string): Set<string> {
  const lines = new Set<string>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    const normalised = normaliseLine(line);
    if (normalised !== '') lines.add(normalised);
  }
  return lines;
}
