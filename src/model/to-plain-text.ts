import type { Inline } from './types.js';

/** The text a reader sees for inline content: refs print their resolved label. */
export function toPlainText(nodes: readonly Inline[], options: { internal?: boolean } = {}): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'ref':
        out += node.children.length > 0 ? toPlainText(node.children, options) : (node.label ?? '');
        break;
      case 'internalSpan':
        if (options.internal !== false) out += toPlainText(node.children, options);
        break;
      default:
        out += toPlainText(node.children, options);
    }
  }
  return out;
}
