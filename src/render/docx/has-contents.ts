import type { Block, PolicyDocument } from '../../model/types.js';
import { childBlocks } from '../../model/walk-blocks.js';

const any = (blocks: readonly Block[]): boolean => blocks.some((block) => (block.type === 'section' && !block.caption) || any(childBlocks(block)));

/** Whether a document has headings a 目次 would list: sections other than 例規 articles. */
export function hasContents(document: PolicyDocument): boolean {
  return any(document.children);
}
