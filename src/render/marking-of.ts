import type { Policy, PolicyDocument } from '../model/types.js';
import { walkBlocks } from '../model/walk-blocks.js';
import { walkInlines } from '../model/walk-inlines.js';

const DEFAULT_MARKING = '【取扱注意】';

function holdsInternal(document: PolicyDocument): boolean {
  let found = false;
  walkBlocks(document.children, (block) => {
    if (block.visibility === 'internal') found = true;
  });
  walkInlines(document.children, (node) => {
    if (node.type === 'internalSpan') found = true;
  });
  return found;
}

/**
 * The marking (policy.output.marking, default 【取扱注意】) a page carries, if any: internal
 * documents, and in the internal edition also a public document whose internal parts are shown
 * (a printout of it is no longer public), and the internal index page (no document given).
 */
export function markingOf(policy: Policy, document?: PolicyDocument): string | undefined {
  if (policy.edition !== 'internal') return undefined;
  if (document && document.visibility !== 'internal' && !holdsInternal(document)) return undefined;
  const marking = policy.output.marking;
  return typeof marking === 'string' && marking !== '' ? marking : DEFAULT_MARKING;
}
