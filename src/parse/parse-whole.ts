import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readAttributes } from './read-attributes.js';
import { restoreTextDirectives } from './restore-text-directives.js';

// Made once, on first use: a run served from the parse cache never sets micromark up.
let processor: ReturnType<typeof createProcessor> | undefined;
const createProcessor = () => unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

/**
 * CommonMark + GFM tables + directives → mdast of one text in one go, with `{#id .unnumbered}`
 * attributes read. micromark keeps the events of the whole text until its end: parseMarkdown
 * gives it chunks.
 */
export function parseWhole(text: string): Root {
  processor ??= createProcessor();
  const tree = processor.parse(text);
  restoreTextDirectives(tree, text);
  readAttributes(tree);
  return tree;
}
