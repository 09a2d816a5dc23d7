import type { Inline } from '../../model/types.js';
import { Holes } from './holes.js';
import type { RunLook } from './ooxml/looks.js';
import { runProperties } from './ooxml/run-properties.js';
import type { RenderState } from './render-state.js';
import { textWidth } from './text-width.js';

const EXTERNAL = /^(?:https?:|mailto:|tel:)/i;

/** A source line break inside a paragraph: nothing between Japanese characters, a space otherwise. */
function joinLines(value: string): string {
  if (!value.includes('\n')) return value;
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

/**
 * Model inlines → runs; marks (bold, 傍点, shading …) come from the style map and nest by merging.
 * `look` is the marks around these nodes and `rPr` its run properties, written once per nesting.
 */
export function inlineRuns(nodes: readonly Inline[], state: RenderState, look: RunLook = {}, rPr = ''): void {
  const { out } = state;
  const marks = state.styles.marks;
  const inner = (children: readonly Inline[], mark: RunLook) => {
    const merged = { ...look, ...mark };
    inlineRuns(children, state, merged, runProperties(merged));
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.value !== '') out.run(rPr, joinLines(node.value));
        break;
      case 'inlineCode':
        out.run(runProperties({ ...look, ...marks.code }), node.value);
        break;
      case 'break':
        out.lineBreak(rPr);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        inner(node.children, marks[node.type]);
        break;
      case 'internalSpan':
        if (marksInternal(state)) inner(node.children, marks.internal);
        else inlineRuns(node.children, state, look, rPr);
        break;
      case 'link': {
        const external = EXTERNAL.test(node.url);
        if (external) out.hole(Holes.linkStart(node.url));
        inner(node.children, marks.link);
        if (external) out.write('</w:hyperlink>');
        break;
      }
      case 'ref': {
        // Linked when the file holds the target (the approval edition holds every document).
        const key = node.id === undefined ? undefined : `${node.document}#${node.id}`;
        if (key) out.hole(Holes.refStart(key));
        if (node.children.length > 0) inlineRuns(node.children, state, look, rPr);
        else out.run(rPr, node.label ?? '');
        if (key) out.hole(Holes.refEnd(key));
        break;
      }
    }
  }
}
