import type { Inline } from '../model/types.js';
import { toPlainText } from '../model/to-plain-text.js';
import type { Range } from './types.js';

/**
 * toPlainText, and where in that text the :internal[…] spans are (outermost spans only, merged
 * when they touch), so the 新旧対照表 and the redline can label them as build's outputs do.
 */
export function toPlainTextSpans(nodes: readonly Inline[]): { text: string; spans: Range[] } {
  const spans: Array<[number, number]> = [];
  let text = '';
  const walk = (list: readonly Inline[]) => {
    for (const node of list) {
      if (node.type === 'internalSpan') {
        const start = text.length;
        text += toPlainText(node.children);
        const last = spans[spans.length - 1];
        if (last && last[1] === start) last[1] = text.length;
        else if (text.length > start) spans.push([start, text.length]);
      } else if (node.type === 'ref' && node.children.length === 0) text += node.label ?? '';
      else if ('children' in node) walk(node.children);
      else text += toPlainText([node]);
    }
  };
  walk(nodes);
  return { text, spans };
}
