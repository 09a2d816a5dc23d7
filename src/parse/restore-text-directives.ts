import type { Parent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

const INLINE_DIRECTIVES = new Set(['internal']);

/**
 * remark-directive reads any `:name` in prose as a text directive ("10:30", "例:foo"). Only
 * hoshin's own inline directives are meant; every other one goes back to the text it was written as.
 */
export function restoreTextDirectives(tree: Root, source: string): void {
  visit(tree, 'textDirective', (node, index, parent: Parent | undefined) => {
    if (INLINE_DIRECTIVES.has(node.name) || !parent || index === undefined) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const value = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
    const text: Text = { type: 'text', value, position: node.position };
    parent.children.splice(index, 1, text);
    // Join with neighbouring text so `{{…}}` split by the directive is whole again.
    for (let i = Math.max(index - 1, 0); i < parent.children.length - 1; ) {
      const a = parent.children[i];
      const b = parent.children[i + 1];
      if (a.type === 'text' && b.type === 'text' && i <= index) {
        a.value += b.value;
        if (a.position && b.position) a.position = { start: a.position.start, end: b.position.end };
        parent.children.splice(i + 1, 1);
      } else i++;
      if (i > index) break;
    }
    return [SKIP, Math.max(index - 1, 0)];
  });
}
