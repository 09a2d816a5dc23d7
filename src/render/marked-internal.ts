import type { Block, Policy, PolicyDocument } from '../model/types.js';

/**
 * Whether a block starts internal-only content that an internal edition should mark visibly:
 * internal content inside a public document, whose parent is not already so marked.
 */
export function markedInternal(policy: Policy, document: PolicyDocument, block: Block, parent?: Block): boolean {
  return (
    policy.edition === 'internal' &&
    document.visibility === 'public' &&
    block.visibility === 'internal' &&
    parent?.visibility !== 'internal'
  );
}
