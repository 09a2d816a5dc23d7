import { targetIndex } from './target-index.js';
import type { PolicyDocument } from './types.js';
import { walkInlines } from './walk-inlines.js';

/**
 * Fill every cross-reference's label with its target's number (or document title). `renames`
 * (document → id as written → id in this edition) moves references written with the internal
 * edition's ids onto the public edition's; one whose target is not in the edition gets no label.
 */
export function resolveRefs(documents: readonly PolicyDocument[], renames?: ReadonlyMap<string, ReadonlyMap<string, string | undefined>>): void {
  const index = targetIndex(documents);
  for (const document of documents) {
    walkInlines(document.children, (node) => {
      if (node.type !== 'ref') return;
      const renamed = node.id === undefined ? undefined : renames?.get(node.document);
      if (renamed?.has(node.id!)) {
        const id = renamed.get(node.id!);
        if (id === undefined) {
          node.label = undefined;
          return;
        }
        node.id = id;
      }
      const target = index.get(node.document)?.get(node.id);
      node.label = target?.label;
    });
  }
}
