import { createHash } from 'node:crypto';
import type { Block } from '../model/types.js';

// Compiled blocks are never changed afterwards, so a block's key is kept as long as the block is.
const keys = new WeakMap<Block, string>();

/** The hash of a block's content (its JSON): what renderers' memos know a rendered block by. */
export function blockKey(block: Block): string {
  let key = keys.get(block);
  if (key === undefined) keys.set(block, (key = createHash('sha1').update(JSON.stringify(block)).digest('base64url')));
  return key;
}

