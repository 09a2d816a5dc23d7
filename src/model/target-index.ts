import type { Block, PolicyDocument, Visibility } from './types.js';
import { walkBlocks } from './walk-blocks.js';

export interface Target {
  document: PolicyDocument;
  block?: Block;
  /** What a reference to it prints. */
  label: string;
  /** Internal if the target or its document is internal. */
  visibility: Visibility;
}

/** Every reference target of a policy: documents by id, and their ids → the block holding them. */
export function targetIndex(documents: readonly PolicyDocument[]): Map<string, Map<string | undefined, Target>> {
  const index = new Map<string, Map<string | undefined, Target>>();
  for (const document of documents) {
    const targets = new Map<string | undefined, Target>();
    targets.set(undefined, { document, label: document.title, visibility: document.visibility });
    walkBlocks(document.children, (block) => {
      const id = block.type === 'section' || block.type === 'item' ? block.id : block.type === 'paragraph' || block.type === 'table' ? block.id : undefined;
      if (!id || targets.has(id)) return;
      const label = block.type === 'section' || block.type === 'item' || block.type === 'paragraph' ? block.label?.ref ?? '' : block.type === 'table' ? block.caption ?? '' : '';
      const visibility = document.visibility === 'internal' ? 'internal' : block.visibility;
      targets.set(id, { document, block, label, visibility });
    });
    index.set(document.id, targets);
  }
  return index;
}
