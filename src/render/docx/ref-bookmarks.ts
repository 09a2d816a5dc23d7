import type { PolicyDocument } from '../../model/types.js';
import { walkBlocks } from '../../model/walk-blocks.js';
import { walkInlines } from '../../model/walk-inlines.js';

/**
 * Bookmark names for the cross-reference targets that a file both holds and refers to, by
 * `document#id`. Names are `_Ref1`, `_Ref2` … in order of first reference: ids may hold characters
 * Word does not allow in a bookmark name, and the `_` prefix hides them from Word's bookmark list.
 */
export function refBookmarks(documents: readonly PolicyDocument[]): Map<string, string> {
  const targets = new Set<string>();
  for (const document of documents) {
    walkBlocks(document.children, (block) => {
      const id = 'id' in block ? block.id : undefined;
      if (id !== undefined) targets.add(`${document.id}#${id}`);
    });
  }
  const names = new Map<string, string>();
  for (const document of documents) {
    walkInlines(document.children, (node) => {
      if (node.type !== 'ref' || node.id === undefined) return;
      const key = `${node.document}#${node.id}`;
      if (targets.has(key) && !names.has(key)) names.set(key, `_Ref${names.size + 1}`);
    });
  }
  return names;
}
