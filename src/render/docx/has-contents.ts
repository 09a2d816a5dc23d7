import type { PolicyDocument } from '../../model/types.js';
import { walkBlocks } from '../../model/walk-blocks.js';

/** Whether a document has headings a 目次 would list: sections other than 例規 articles. */
export function hasContents(document: PolicyDocument): boolean {
  let found = false;
  walkBlocks(document.children, (block) => {
    if (block.type === 'section' && !block.caption) found = true;
  });
  return found;
}
