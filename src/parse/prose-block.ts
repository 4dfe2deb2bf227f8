import type { BlockRole } from '../model/document.js';

/** A run of prose text taken from one place in the source. */
export interface ProsePiece {
  /** The text as a reader sees it (entities decoded, escapes removed). */
  text: string;
  sourceStart: number;
  sourceEnd: number;
}

/** One block of prose (paragraph, heading, list item…) as the parsers hand it to the model. */
export interface ProseBlock {
  role: BlockRole;
  pieces: ProsePiece[];
}

/** A block's text plus a way back from its offsets to source offsets. */
export interface MappedText {
  text: string;
  /** Source offset of the character at `index` in `text` (index may equal text.length). */
  toSource(index: number): number;
}

/** Joins a block's pieces and builds the offset map, aligning pieces whose text differs from the source. */
export function mapBlock(block: ProseBlock, source: string): MappedText {
  const starts: number[] = [];
  const maps: Array<Int32Array | undefined> = [];
  let text = '';
  for (const piece of block.pieces) {
    starts.push(text.length);
    const raw = source.slice(piece.sourceStart, piece.sourceEnd);
    maps.push(raw === piece.text ? undefined : alignPiece(piece.text, raw, piece.sourceStart));
    text += piece.text;
  }
  const pieces = block.pieces;
  return {
    text,
    toSource(index) {
      if (pieces.length === 0) return 0;
      let i = upperBound(starts, index) - 1;
      if (i < 0) i = 0;
      const within = index - starts[i];
      const piece = pieces[i];
      const map = maps[i];
      if (within >= piece.text.length) return piece.sourceEnd;
      return map ? map[within] : piece.sourceStart + within;
    },
  };
}

/** Greedy character alignment of decoded text against its raw source (for `&amp;`, `\*` and the like). */
function alignPiece(text: string, raw: string, base: number): Int32Array {
  const map = new Int32Array(text.length);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const found = raw.indexOf(text[i], j);
    if (found !== -1 && found - j <= 12) j = found;
    map[i] = base + Math.min(j, raw.length);
    if (j < raw.length) j++;
  }
  return map;
}

function upperBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
