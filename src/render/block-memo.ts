import { createHash } from 'node:crypto';
import type { Block, Policy, PolicyDocument } from '../model/types.js';
import { blockKey } from './block-key.js';
import { withoutTexts } from './without-texts.js';

/**
 * Renders blocks of a document (one, or a run rendered together), or gives what the same render
 * gave before; `extra` names anything else the render depends on.
 */
export type BlockMemo<T> = (policy: Policy, document: PolicyDocument, blocks: Block | readonly Block[], render: () => T, extra?: string) => T;

/** What a memo gave in this render, and in the one before. */
interface Rounds<T> {
  kept: Map<string, T>;
  previous: Map<string, T>;
}

const contexts = new WeakMap<Policy, Map<string, string>>();
const memos: Array<Rounds<unknown>> = [];
let enabled = false;

/**
 * Called as each render of a policy starts: whether block memos remember — in a process that
 * renders again and again (build --watch, serve), where a render memo is kept; a one-off build
 * would only pay for the keys. What the render before did not use is let go, so a long session
 * keeps one render's worth, however often the text changes.
 */
export function rememberBlocks(on: boolean): void {
  enabled = on;
  for (const memo of memos) {
    memo.previous = on ? memo.kept : new Map();
    memo.kept = new Map();
  }
}

/** Whether block memos remember (rememberBlocks): renderers then write blocks apart, to remember them. */
export function remembersBlocks(): boolean {
  return enabled;
}

/**
 * What a document's blocks are rendered in: the edition with no document's text (ids,
 * titles, numbering, visibility, output settings) and which document it is in. A renderer that
 * sees no more than this and the block (as the text renderers do: refs name documents, never read
 * them) renders the block the same wherever this is the same.
 */
function contextOf(policy: Policy, document: PolicyDocument): string {
  let byDocument = contexts.get(policy);
  if (!byDocument) contexts.set(policy, (byDocument = new Map()));
  let context = byDocument.get(document.id);
  if (context === undefined) {
    const json = JSON.stringify({ policy: withoutTexts(policy), document: document.id });
    context = createHash('sha1').update(json).digest('base64url');
    byDocument.set(document.id, context);
  }
  return context;
}

/**
 * A memo of rendered blocks by their content and context: a rebuild after an edit renders again
 * the blocks that changed and reuses what the render before made of the rest.
 */
export function createBlockMemo<T>(): BlockMemo<T> {
  const memo: Rounds<T> = { kept: new Map(), previous: new Map() };
  memos.push(memo as Rounds<unknown>);
  return (policy, document, blocks, render, extra = '') => {
    if (!enabled) return render();
    const keys = Array.isArray(blocks) ? blocks.map(blockKey).join(',') : blockKey(blocks as Block);
    const key = `${keys}\0${contextOf(policy, document)}\0${extra}`;
    const value = memo.kept.get(key) ?? memo.previous.get(key) ?? render();
    memo.kept.set(key, value);
    return value;
  };
}
