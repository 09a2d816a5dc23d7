import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remember, type ParseCache } from './parse-cache.js';
import { readAttributes } from './read-attributes.js';
import { restoreTextDirectives } from './restore-text-directives.js';
import { shiftPositions } from './shift-positions.js';
import { toChunks } from './to-chunks.js';

// Made once, on first use: a run served from the parse cache never sets micromark up.
let processor: ReturnType<typeof createProcessor> | undefined;
const createProcessor = () => unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

function parseText(text: string): Root {
  processor ??= createProcessor();
  const tree = processor.parse(text);
  restoreTextDirectives(tree, text);
  readAttributes(tree);
  return tree;
}

/**
 * CommonMark + GFM tables + directives → mdast, with `{#id .unnumbered}` attributes read. With a
 * cache, the file is parsed in chunks (parse/to-chunks.ts) and only chunks the cache does not
 * hold go through remark, which costs ≈2 µs a character.
 */
export function parseMarkdown(text: string, cache?: ParseCache): Root {
  if (!cache) return parseText(text);
  const children: Root['children'] = [];
  for (const chunk of toChunks(text)) {
    const nodes = remember(cache, 'chunk', chunk.text, () => parseText(chunk.text).children);
    if (chunk.offset > 0) shiftPositions(nodes, chunk.line - 1, chunk.offset);
    children.push(...nodes);
  }
  const lines = text.split('\n');
  const end = { line: lines.length, column: lines[lines.length - 1].length + 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
