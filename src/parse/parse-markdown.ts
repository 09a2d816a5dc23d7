import type { Root } from 'mdast';
import { remember, type ParseCache } from './parse-cache.js';
import { parseWhole } from './parse-whole.js';
import { shiftPositions } from './shift-positions.js';
import { toChunks } from './to-chunks.js';

/**
 * CommonMark + GFM tables + directives → mdast, with `{#id .unnumbered}` attributes read (the tree
 * parseWhole gives). The file is parsed in chunks (parse/to-chunks.ts): with a cache, only chunks
 * it does not hold go through remark, which costs ≈2 µs a character; without, micromark holds one
 * chunk's events at a time, not the whole file's (10,000 headings: peak RSS 300 → 170 MB).
 */
export function parseMarkdown(text: string, cache?: ParseCache): Root {
  const children: Root['children'] = [];
  for (const chunk of toChunks(text)) {
    const nodes = remember(cache, 'chunk', chunk.text, () => parseWhole(chunk.text).children);
    if (chunk.offset > 0) shiftPositions(nodes, chunk.line - 1, chunk.offset);
    children.push(...nodes);
  }
  const lines = text.split('\n');
  const end = { line: lines.length, column: lines[lines.length - 1].length + 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
