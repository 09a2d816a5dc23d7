import type { PolicyDocument } from '../../model/types.js';
import { walkBlocks } from '../../model/walk-blocks.js';
import { walkInlines } from '../../model/walk-inlines.js';

interface DocumentRefs {
  /** `document#id` of every block that has an id. */
  targets: Set<string>;
  /** `document#id` of every cross-reference, in order. */
  refs: string[];
}

const known = new WeakMap<PolicyDocument, DocumentRefs>();

/** A document's targets and references, read once per compiled document. */
function refsOf(document: PolicyDocument): DocumentRefs {
  let found = known.get(document);
  if (found) return found;
  found = { targets: new Set(), refs: [] };
  const { targets, refs } = found;
  walkBlocks(document.children, (block) => {
    const id = 'id' in block ? block.id : undefined;
    if (id !== undefined) targets.add(`${document.id}#${id}`);
  });
  walkInlines(document.children, (node) => {
    if (node.type === 'ref' && node.id !== undefined) refs.push(`${node.document}#${node.id}`);
  });
  known.set(document, found);
  return found;
}

/**
 * Bookmark names for the cross-reference targets that a file both holds and refers to, by
 * `document#id`. Names are `_Ref1`, `_Ref2` … in order of first reference: ids may hold characters
 * Word does not allow in a bookmark name, and the `_` prefix hides them from Word's bookmark list.
 */
export function refBookmarks(documents: readonly PolicyDocument[]): Map<string, string> {
  const all = documents.map(refsOf);
  const names = new Map<string, string>();
  for (const { refs } of all) {
    for (const key of refs) if (!names.has(key) && all.some((d) => d.targets.has(key))) names.set(key, `_Ref${names.size + 1}`);
  }
  return names;
}
