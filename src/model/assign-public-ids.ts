import { assignIds } from './assign-ids.js';
import { deriveId } from './derive-id.js';
import { toPlainText } from './to-plain-text.js';
import type { Block } from './types.js';
import { walkBlocks } from './walk-blocks.js';

const idOf = (block: Block): string | undefined => ('id' in block && block.id ? block.id : undefined);

/**
 * Give the public edition of a document ids made of public content only: derived heading ids are
 * derived again from the heading as the public edition prints it, and made unique (items numbered)
 * among public blocks only, so no id spells out an `:internal[…]` span or shows that an internal
 * heading of the same text exists (`同名-3`). Explicit `{#id}`s stay; one written inside an
 * `:internal[…]` span was never read as one. `children` is the public edition's copy (changed in
 * place); `read` is the document as read, holding the internal edition's ids.
 *
 * Returns every id of the document as read → its id in the public edition, or undefined when its
 * block is not public, for cross-references written with the internal edition's ids.
 */
export function assignPublicIds(children: Block[], read: readonly Block[]): Map<string, string | undefined> {
  const renames = new Map<string, string | undefined>();
  walkBlocks(read, (block) => {
    const id = idOf(block);
    if (id !== undefined) renames.set(id, undefined);
  });
  const kept: Array<[Block, string]> = [];
  walkBlocks(children, (block) => {
    const id = idOf(block);
    if (id !== undefined) kept.push([block, id]);
  });
  assignIds(children, (section) => deriveId(toPlainText(section.heading)));
  // The first block of an id is the one a reference reaches (as in targetIndex).
  for (const [block, id] of kept.reverse()) renames.set(id, idOf(block));
  return renames;
}
