import type { Block, Inline } from './types.js';
import { ownInlines, walkBlocks } from './walk-blocks.js';

/** Every inline node under the blocks, with the block holding it and whether it is in :internal[]. */
export function walkInlines(blocks: readonly Block[], visit: (node: Inline, block: Block, inInternalSpan: boolean) => void): void {
  const inner = (nodes: readonly Inline[], block: Block, internal: boolean) => {
    for (const node of nodes) {
      visit(node, block, internal);
      if ('children' in node) inner(node.children, block, internal || node.type === 'internalSpan');
    }
  };
  walkBlocks(blocks, (block) => {
    for (const inlines of ownInlines(block)) inner(inlines, block, false);
  });
}
