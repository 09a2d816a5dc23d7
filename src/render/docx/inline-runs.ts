import { ExternalHyperlink, InternalHyperlink, TextRun, type IRunStylePropertiesOptions, type ParagraphChild } from 'docx';
import type { Inline } from '../../model/types.js';
import type { RenderState } from './render-state.js';
import { textWidth } from './text-width.js';

const EXTERNAL = /^(?:https?:|mailto:|tel:)/i;

/** A source line break inside a paragraph: nothing between Japanese characters, a space otherwise. */
function joinLines(value: string): string {
  return value.replace(/[ \t]*\n[ \t]*/g, (match, offset: number) => {
    const before = value[offset - 1];
    const after = value[offset + match.length];
    return before !== undefined && after !== undefined && textWidth(before) === 1 && textWidth(after) === 1 ? '' : ' ';
  });
}

/** Internal spans are marked only where a reader could mistake them for public text. */
function marksInternal(state: RenderState): boolean {
  return state.policy.edition === 'internal' && state.document.visibility === 'public';
}

/** Model inlines → runs; marks (bold, 傍点, shading …) come from the style map and nest by merging. */
export function inlineRuns(nodes: readonly Inline[], state: RenderState, marks: IRunStylePropertiesOptions = {}): ParagraphChild[] {
  const { marks: look } = state.styles;
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return node.value === '' ? [] : [new TextRun({ ...marks, text: joinLines(node.value) })];
      case 'inlineCode':
        return [new TextRun({ ...marks, ...look.code, text: node.value })];
      case 'break':
        return [new TextRun({ ...marks, break: 1 })];
      case 'emphasis':
      case 'strong':
      case 'delete':
        return inlineRuns(node.children, state, { ...marks, ...look[node.type] });
      case 'internalSpan':
        return inlineRuns(node.children, state, marksInternal(state) ? { ...marks, ...look.internal } : marks);
      case 'link': {
        const children = inlineRuns(node.children, state, { ...marks, ...look.link });
        return EXTERNAL.test(node.url) ? [new ExternalHyperlink({ link: node.url, children })] : children;
      }
      case 'ref': {
        const children = node.children.length > 0 ? inlineRuns(node.children, state, marks) : [new TextRun({ ...marks, text: node.label ?? '' })];
        const anchor = node.id === undefined ? undefined : state.bookmarks.get(`${node.document}#${node.id}`);
        return anchor ? [new InternalHyperlink({ anchor, children })] : children;
      }
    }
  });
}
