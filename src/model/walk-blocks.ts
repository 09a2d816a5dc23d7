import type { Block, Inline } from './types.js';

/** Children of a block that are blocks themselves. */
export function childBlocks(block: Block): Block[] {
  switch (block.type) {
    case 'section':
    case 'item':
    case 'quote':
      return block.children;
    case 'list':
      return block.children;
    default:
      return [];
  }
}

/** Inline content held directly by a block (heading, paragraph text, table cells). */
export function ownInlines(block: Block): Inline[][] {
  switch (block.type) {
    case 'section':
      return [block.heading];
    case 'paragraph':
      return [block.children];
    case 'table':
      return block.rows.flatMap((row) => row.cells.map((cell) => cell.children));
    default:
      return [];
  }
}

/** Depth-first over every block, with its ancestors (nearest last). */
export function walkBlocks(blocks: readonly Block[], visit: (block: Block, ancestors: readonly Block[]) => void, ancestors: Block[] = []): void {
  for (const block of blocks) {
    visit(block, ancestors);
    ancestors.push(block);
    walkBlocks(childBlocks(block), visit, ancestors);
    ancestors.pop();
  }
}
