import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Nodes, Root } from 'hast';
import type { BlockRole } from '../model/document.js';
import type { ProseBlock } from './prose-block.js';

const parser = unified().use(rehypeParse);

/** Elements whose content is never prose of the story. */
const SKIPPED = new Set(['script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript', 'template', 'svg', 'code', 'pre', 'form', 'button', 'select', 'textarea', 'iframe', 'object']);
const BLOCK_ROLES: Record<string, BlockRole> = {
  p: 'paragraph', div: 'paragraph', section: 'paragraph', article: 'paragraph', main: 'paragraph', body: 'paragraph',
  h1: 'headline', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item', blockquote: 'blockquote',
  td: 'table-cell', th: 'table-cell', figcaption: 'caption', caption: 'caption', title: 'headline',
};

interface Walk {
  blocks: ProseBlock[];
  titles: Set<ProseBlock>;
}

/** Parses HTML with rehype and keeps only prose: scripts, styles and page furniture are left out. */
export function parseHtml(source: string): ProseBlock[] {
  const state: Walk = { blocks: [], titles: new Set() };
  walkChildren(parser.parse(source) as Root, 'paragraph', undefined, state);
  const blocks = state.blocks.filter((block) => block.pieces.some((piece) => piece.text.trim() !== ''));
  blocks.sort((a, b) => a.pieces[0].sourceStart - b.pieces[0].sourceStart);
  return chooseHeadline(blocks, state.titles);
}

/** Walks children; loose text joins `current` or opens a block of `role`. Returns the block text would join next. */
function walkChildren(parent: Root | Element, role: BlockRole, current: ProseBlock | undefined, state: Walk): ProseBlock | undefined {
  for (const child of parent.children) current = walkNode(child, role, current, state);
  return current;
}

function walkNode(node: Nodes, role: BlockRole, current: ProseBlock | undefined, state: Walk): ProseBlock | undefined {
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return current;
    if (!current) {
      if (node.value.trim() === '') return current;
      current = openBlock(role, state);
    }
    current.pieces.push({ text: node.value, sourceStart: start, sourceEnd: end });
    return current;
  }
  if (node.type !== 'element') return current;
  if (SKIPPED.has(node.tagName) || node.properties?.hidden !== undefined) return current;
  if (node.tagName === 'br') {
    const start = node.position?.start.offset;
    if (current && start !== undefined) current.pieces.push({ text: '\n', sourceStart: start, sourceEnd: node.position?.end.offset ?? start });
    return current;
  }
  const blockRole = BLOCK_ROLES[node.tagName];
  // An inline element's text belongs to the enclosing block.
  if (blockRole === undefined) return walkChildren(node, role, current, state);
  const block = openBlock(blockRole, state);
  if (node.tagName === 'title') state.titles.add(block);
  walkChildren(node, blockRole, block, state);
  // Text after a block element starts a fresh block.
  return undefined;
}

function openBlock(role: BlockRole, state: Walk): ProseBlock {
  const block: ProseBlock = { role, pieces: [] };
  state.blocks.push(block);
  return block;
}

/** The first `<h1>` is the headline; failing that, the `<title>`. A title that loses is dropped: it repeats the headline. */
function chooseHeadline(blocks: ProseBlock[], titles: Set<ProseBlock>): ProseBlock[] {
  const chosen = blocks.find((block) => block.role === 'headline' && !titles.has(block)) ?? blocks.find((block) => titles.has(block));
  for (const block of blocks) if (block.role === 'headline' && block !== chosen) block.role = 'heading';
  return blocks.filter((block) => block === chosen || !titles.has(block));
}
