/** Converts UTF-16 offsets to 1-based lines and columns; `\r\n`, `\r` and `\n` all end a line. */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** The line of the previous lookup: lookups mostly walk forward through nearby offsets. */
  private lastLine = 0;

  constructor(source: string) {
    for (let i = 0; i < source.length; i++) {
      const code = source.charCodeAt(i);
      if (code === 10) this.starts.push(i + 1);
      else if (code === 13) {
        if (source.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** 1-based line and UTF-16 column of an offset. */
  positionOf(offset: number): { line: number; column: number } {
    const last = this.lastLine;
    if (this.starts[last] <= offset && (last + 1 === this.starts.length || offset < this.starts[last + 1])) {
      return { line: last + 1, column: offset - this.starts[last] + 1 };
    }
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    this.lastLine = low;
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }

  /** Offset of a 1-based line's first character. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
