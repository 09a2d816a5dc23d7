import type { Heading, Paragraph, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** Attributes written at the end of a heading, paragraph or list item: `{#id .unnumbered}`. */
export interface BlockAttributes {
  id?: string;
  unnumbered?: boolean;
}

declare module 'mdast' {
  interface Data {
    attributes?: BlockAttributes;
  }
}

// Same shape as pandoc's header attributes, restricted to what hoshin gives a meaning.
const TRAILING = /[ \t\u3000]*\{((?:\s*(?:#[^\s{}]+|\.[A-Za-z][\w-]*|-))+)\s*\}[ \t\u3000]*$/;

function parse(inner: string): BlockAttributes {
  const attributes: BlockAttributes = {};
  for (const token of inner.trim().split(/\s+/)) {
    if (token.startsWith('#')) attributes.id = token.slice(1);
    else if (token === '-' || token === '.unnumbered') attributes.unnumbered = true;
  }
  return attributes;
}

function take(node: Heading | Paragraph): void {
  const last = node.children[node.children.length - 1];
  if (!last || last.type !== 'text') return;
  const match = TRAILING.exec((last as Text).value);
  if (!match) return;
  (last as Text).value = (last as Text).value.slice(0, match.index);
  if ((last as Text).value === '') node.children.pop();
  node.data = { ...node.data, attributes: parse(match[1]) };
}

/** Strip trailing `{…}` attribute blocks into node.data.attributes (mutates the fresh tree). */
export function readAttributes(tree: Root): void {
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'paragraph') take(node);
  });
}
