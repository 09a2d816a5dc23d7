import { createHash } from 'node:crypto';
import type { Block } from '../model/types.js';

// Compiled blocks are never changed afterwards, so a block's key is kept as long as the block is.
const keys = new WeakMap<Block, string>();

// Where a node was written in its source: no renderer prints it, and it moves with every line
// added above it. Left out of keys, so an edit does not make the rest of its file new. (Always
// after another field, so the JSON stays valid; one that were first would only stay in.)
const POSITION = /,"position":\{"file":"(?:[^"\\]|\\.)*","line":\d+,"column":\d+\}/g;

/** Model data as JSON without the positions of its nodes: what renderers see of it. */
export function contentJson(value: unknown): string {
  return JSON.stringify(value).replace(POSITION, '');
}

const holdsBlocks = (block: Block): block is Extract<Block, { type: 'section' | 'list' | 'item' | 'quote' }> =>
  block.type === 'section' || block.type === 'list' || block.type === 'item' || block.type === 'quote';

/**
 * The hash of a block's content, but for where it was written: what renderers' memos know a
 * rendered block by (renderers never print a position). A block that holds blocks is hashed as
 * its own fields and its children's keys, so every block is serialized once however deep it
 * sits, and a parent's key is had from its children's.
 */
export function blockKey(block: Block): string {
  let key = keys.get(block);
  if (key === undefined) {
    const hash = createHash('sha1');
    if (holdsBlocks(block)) {
      const { children, ...own } = block;
      hash.update(contentJson(own));
      for (const child of children) hash.update(`\0${blockKey(child)}`);
    } else hash.update(contentJson(block));
    keys.set(block, (key = hash.digest('base64url')));
  }
  return key;
}

/** Every block's key, parents before their children: what another thread needs (rememberBlockKeys). */
export function blockKeys(blocks: readonly Block[], into: string[] = []): string[] {
  for (const block of blocks) {
    into.push(blockKey(block));
    if (holdsBlocks(block)) blockKeys(block.children, into);
  }
  return into;
}

/** Gives blocks made from another thread's JSON the keys that thread had for them (blockKeys). */
export function rememberBlockKeys(blocks: readonly Block[], given: readonly string[], at = { next: 0 }): void {
  for (const block of blocks) {
    keys.set(block, given[at.next++]);
    if (holdsBlocks(block)) rememberBlockKeys(block.children, given, at);
  }
}
