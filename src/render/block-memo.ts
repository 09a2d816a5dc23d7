import { createHash } from 'node:crypto';
import type { Block, Policy, PolicyDocument } from '../model/types.js';
import { blockKey } from './block-key.js';

/**
 * Renders top-level blocks of a document (one, or a run rendered together), or gives what the same
 * render gave before; `extra` names anything else the render depends on.
 */
export type BlockMemo<T> = (policy: Policy, document: PolicyDocument, blocks: Block | readonly Block[], render: () => T, extra?: string) => T;

// Rendered blocks a memo keeps: a few builds of a large policy, all formats of both editions.
const LIMIT = 50_000;

const contexts = new WeakMap<Policy, Map<string, string>>();
let enabled = false;

/**
 * Whether block memos remember: in a process that renders again and again (build --watch, serve),
 * where a render memo is kept. A one-off build would only pay for the keys.
 */
export function rememberBlocks(on: boolean): void {
  enabled = on;
}

/** Whether block memos remember (rememberBlocks): renderers then write blocks apart, to remember them. */
export function remembersBlocks(): boolean {
  return enabled;
}

/**
 * What a document's top-level block is rendered in: the edition with no document's text (ids,
 * titles, numbering, visibility, output settings) and which document it is in. A renderer that
 * sees no more than this and the block (as the text renderers do: refs name documents, never read
 * them) renders the block the same wherever this is the same.
 */
function contextOf(policy: Policy, document: PolicyDocument): string {
  let byDocument = contexts.get(policy);
  if (!byDocument) contexts.set(policy, (byDocument = new Map()));
  let context = byDocument.get(document.id);
  if (context === undefined) {
    const json = JSON.stringify({ policy: { ...policy, documents: policy.documents.map((d) => ({ ...d, children: [] })) }, document: document.id });
    context = createHash('sha1').update(json).digest('base64url');
    byDocument.set(document.id, context);
  }
  return context;
}

/**
 * A memo of rendered top-level blocks by their content and context: a rebuild after an edit
 * renders again the blocks that changed and reuses the rest. Oldest use goes first past LIMIT.
 */
export function createBlockMemo<T>(): BlockMemo<T> {
  const kept = new Map<string, T>();
  return (policy, document, blocks, render, extra = '') => {
    if (!enabled) return render();
    const keys = Array.isArray(blocks) ? blocks.map(blockKey).join(',') : blockKey(blocks as Block);
    const key = `${keys}\0${contextOf(policy, document)}\0${extra}`;
    let value = kept.get(key);
    if (value === undefined) value = render();
    else kept.delete(key);
    kept.set(key, value);
    if (kept.size > LIMIT) kept.delete(kept.keys().next().value!);
    return value;
  };
}
