import type { ProseBlock } from './prose-block.js';

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const DIRECTIVE_LINE = /^[ \t]*newslint-(?:disable-next-line|disable-line|disable|enable)\b/;
const SENTENCE_END = /[.!?…:;"'”’)\]]$/;
/** Hard-wrapped prose has lines between these lengths; scraped copy puts a whole paragraph on one longer line. */
const WRAP_WIDTH = 50;
const MAX_WRAP_WIDTH = 100;

interface Line {
  text: string;
  start: number;
}

/**
 * Splits plain-text copy into blocks. Blank lines always separate blocks; inside a block each line is its
 * own paragraph (scraped copy puts one paragraph on a line) unless the block looks hard-wrapped.
 */
export function parseText(source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let group: Line[] = [];
  const flush = () => {
    if (group.length > 0) blocks.push(...splitGroup(group));
    group = [];
  };
  for (const match of source.matchAll(LINE)) {
    if (match[0] === '' && match.index === source.length) break;
    const text = match[0].replace(/\r?\n$|\r$/, '');
    if (text.trim() === '' || DIRECTIVE_LINE.test(text)) flush();
    else group.push({ text, start: match.index });
  }
  flush();
  markHeadline(blocks);
  return blocks;
}

function splitGroup(lines: Line[]): ProseBlock[] {
  const piece = (line: Line) => {
    const leading = line.text.length - line.text.trimStart().length;
    const text = line.text.trim();
    return { text, sourceStart: line.start + leading, sourceEnd: line.start + leading + text.length };
  };
  if (isHardWrapped(lines)) {
    const pieces = lines.map(piece);
    // Join wrapped lines with the newline they had, so positions stay exact.
    const joined = pieces.flatMap((p, i) =>
      i === 0 ? [p] : [{ text: '\n', sourceStart: pieces[i - 1].sourceEnd, sourceEnd: p.sourceStart }, p],
    );
    return [{ role: 'paragraph', pieces: joined.map((p) => ({ ...p, text: p.text === '\n' ? ' ' : p.text })) }];
  }
  return lines.map((line) => ({ role: 'paragraph', pieces: [piece(line)] }));
}

function isHardWrapped(lines: Line[]): boolean {
  if (lines.length < 2 || lines.some((line) => line.text.trim().length > MAX_WRAP_WIDTH)) return false;
  return lines.slice(0, -1).every((line) => line.text.trim().length >= WRAP_WIDTH) &&
    lines.slice(0, -1).some((line) => !SENTENCE_END.test(line.text.trim()));
}

/**
 * The first line of a text file is its headline when it reads like one: short and not a finished sentence,
 * with text below it to head. A lone line is just a line of prose.
 */
function markHeadline(blocks: ProseBlock[]): void {
  const first = blocks[0];
  if (blocks.length < 2 || first.pieces.length !== 1) return;
  const text = first.pieces[0].text;
  const words = text.split(/\s+/).length;
  if (words <= 25 && !/[.;,]$/.test(text)) first.role = 'headline';
}
