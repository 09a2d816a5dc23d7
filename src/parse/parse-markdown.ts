import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readAttributes } from './read-attributes.js';
import { restoreTextDirectives } from './restore-text-directives.js';

// Frozen once: building a processor per file would redo the micromark extension setup.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

/** CommonMark + GFM tables + directives → mdast, with `{#id .unnumbered}` attributes read. */
export function parseMarkdown(text: string): Root {
  const tree = processor.parse(text);
  restoreTextDirectives(tree, text);
  readAttributes(tree);
  return tree;
}
