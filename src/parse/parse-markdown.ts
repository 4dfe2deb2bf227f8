import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parents, Root } from 'mdast';
import type { BlockRole } from '../model/document.js';
import type { ProseBlock, ProsePiece } from './prose-block.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/** Parses Markdown with remark and keeps only prose: code, HTML, front matter and bare URLs are left out. */
export function parseMarkdown(source: string): ProseBlock[] {
  const tree = parser.parse(source) as Root;
  const blocks: ProseBlock[] = [];
  collectBlocks(tree, 'paragraph', blocks);
  const headline = blocks.find((block) => block.role === 'headline');
  for (const block of blocks) if (block.role === 'headline' && block !== headline) block.role = 'heading';
  return blocks;
}

function collectBlocks(node: Parents, role: BlockRole, blocks: ProseBlock[]): void {
  for (const child of node.children) {
    switch (child.type) {
      case 'heading':
        pushBlock(blocks, child.depth === 1 ? 'headline' : 'heading', child);
        break;
      case 'paragraph':
        pushBlock(blocks, role, child);
        break;
      case 'list':
      case 'listItem':
        collectBlocks(child, 'list-item', blocks);
        break;
      case 'blockquote':
        collectBlocks(child, 'blockquote', blocks);
        break;
      case 'table':
      case 'tableRow':
        collectBlocks(child, role, blocks);
        break;
      case 'tableCell':
        pushBlock(blocks, 'table-cell', child);
        break;
      default:
        break;
    }
  }
}

function pushBlock(blocks: ProseBlock[], role: BlockRole, node: Parents): void {
  const pieces: ProsePiece[] = [];
  collectPieces(node, pieces);
  if (pieces.some((piece) => piece.text.trim() !== '')) blocks.push({ role, pieces });
}

function collectPieces(node: Nodes, pieces: ProsePiece[]): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) pieces.push({ text: node.value, sourceStart: start, sourceEnd: end });
    return;
  }
  if (node.type === 'break') {
    const start = node.position?.start.offset ?? 0;
    pieces.push({ text: '\n', sourceStart: start, sourceEnd: node.position?.end.offset ?? start });
    return;
  }
  if (node.type === 'link' && isBareUrl(node)) return;
  if ('children' in node) for (const child of node.children) collectPieces(child, pieces);
}

function isBareUrl(link: { url: string; children: Nodes[] }): boolean {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  return only?.type === 'text' && (only.value === link.url || `mailto:${only.value}` === link.url);
}
