import { createHash } from 'node:crypto';
import type { Block } from '../model/types.js';

// Compiled blocks are never changed afterwards, so a block's key is kept as long as the block is.
const keys = new WeakMap<Block, string>();

/**
 * The hash of a block's content: what renderers' memos know a rendered block by. A block that holds
 * blocks is hashed as its own fields and its children's keys, so every block is serialized once
 * however deep it sits, and a parent's key is had from its children's.
 */
export function blockKey(block: Block): string {
  let key = keys.get(block);
  if (key === undefined) {
    const hash = createHash('sha1');
    if (block.type === 'section' || block.type === 'list' || block.type === 'item' || block.type === 'quote') {
      const { children, ...own } = block;
      hash.update(JSON.stringify(own));
      for (const child of children) hash.update(`\0${blockKey(child)}`);
    } else hash.update(JSON.stringify(block));
    keys.set(block, (key = hash.digest('base64url')));
  }
  return key;
}

