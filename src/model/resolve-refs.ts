import { targetIndex } from './target-index.js';
import type { PolicyDocument } from './types.js';
import { walkInlines } from './walk-inlines.js';

/** Fill every cross-reference's label with its target's number (or document title). */
export function resolveRefs(documents: readonly PolicyDocument[]): void {
  const index = targetIndex(documents);
  for (const document of documents) {
    walkInlines(document.children, (node) => {
      if (node.type !== 'ref') return;
      const target = index.get(node.document)?.get(node.id);
      node.label = target?.label;
    });
  }
}
