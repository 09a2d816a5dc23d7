import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ParseCache } from './parse-cache.js';
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

/** A cached chunk's nodes; a damaged entry counts as missing. */
function fromJson(json: string | undefined): Root['children'] | undefined {
  if (json === undefined) return undefined;
  try {
    const nodes: unknown = JSON.parse(json);
    return Array.isArray(nodes) ? (nodes as Root['children']) : undefined;
  } catch {
    return undefined;
  }
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
    const key = createHash('sha1').update(chunk.text).digest('base64url');
    let nodes = fromJson(cache.chunks.get(key));
    if (!nodes) {
      nodes = parseText(chunk.text).children;
      cache.chunks.set(key, JSON.stringify(nodes));
      cache.parsed.add(key);
    }
    cache.used.add(key);
    if (chunk.offset > 0) shiftPositions(nodes, chunk.line - 1, chunk.offset);
    children.push(...nodes);
  }
  const lines = text.split('\n');
  const end = { line: lines.length, column: lines[lines.length - 1].length + 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
