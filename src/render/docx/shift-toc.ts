import type { LayoutBlock } from './layout-blocks.js';

/**
 * Layout blocks with their 目次 indexes moved `by`, for a part of a body appended after `by`
 * candidates: copies where an index changes, the same objects elsewhere (their counted lines
 * are kept).
 */
export function shiftToc(blocks: readonly LayoutBlock[], by: number): LayoutBlock[] {
  return blocks.map((block): LayoutBlock => {
    if (block.kind === 'p') return block.toc < 0 || by === 0 ? block : { ...block, toc: block.toc + by };
    const rows = block.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, blocks: shiftToc(cell.blocks, by) })) }));
    return hasToc(block) ? { ...block, rows } : block;
  });
}

function hasToc(block: LayoutBlock): boolean {
  return block.kind === 'p' ? block.toc >= 0 : block.rows.some((row) => row.cells.some((cell) => cell.blocks.some(hasToc)));
}
