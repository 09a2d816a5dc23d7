import type { Block, Visibility } from './types.js';
import { childBlocks } from './walk-blocks.js';

/** Content of an internal block is internal, and everything in an internal document is too. */
export function inheritVisibility(blocks: Block[], outer: Visibility): void {
  for (const block of blocks) {
    if (outer === 'internal') block.visibility = 'internal';
    inheritVisibility(childBlocks(block), block.visibility);
  }
}
