import type { Block, Edition, Inline } from './types.js';

function inlines(nodes: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let dropped = false;
  for (const node of nodes) {
    if (node.type === 'internalSpan') {
      dropped = true;
      continue;
    }
    const last = out[out.length - 1];
    // Text on both sides of a dropped span is one text, as if the span had never been written
    // (two DOCX runs would show where it was).
    if (dropped && node.type === 'text' && last?.type === 'text') out[out.length - 1] = { ...last, value: last.value + node.value };
    else out.push('children' in node ? ({ ...node, children: inlines(node.children) } as Inline) : node);
    dropped = false;
  }
  return out;
}

// A fresh copy of inline nodes (the model stage fills in references' labels). Positions are
// shared: nothing changes them after parsing. structuredClone per paragraph made each compile of
// a 200 KB policy ≈10 ms slower.
const copy = (nodes: readonly Inline[]): Inline[] => nodes.map((node) => ('children' in node ? ({ ...node, children: copy(node.children) } as Inline) : { ...node }));

/** Nothing a reader would see: no inline, or only blank text. */
const blank = (nodes: readonly Inline[]): boolean => nodes.every((node) => node.type === 'text' && node.value.trim() === '');

/**
 * The blocks a reader of an edition gets. The public edition drops every internal block and
 * `:internal[…]` span before numbering, so public numbers show no gaps. A paragraph, item, list or
 * quote left empty by that is dropped too: an empty item ② would tell that something is there.
 * Returns fresh copies.
 */
export function toEdition(blocks: readonly Block[], edition: Edition): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (edition === 'public' && block.visibility === 'internal') continue;
    const keep = edition === 'internal' ? copy : inlines;
    switch (block.type) {
      case 'section':
        out.push({ ...block, label: { ...block.label }, heading: keep(block.heading), children: toEdition(block.children, edition) });
        break;
      case 'item':
      case 'quote':
      case 'list': {
        const children = toEdition(block.children, edition);
        if (children.length > 0 || block.children.length === 0) out.push({ ...block, children } as Block);
        break;
      }
      case 'paragraph': {
        const children = keep(block.children);
        if (edition === 'internal' || !blank(children) || blank(block.children)) out.push({ ...block, children });
        break;
      }
      case 'table':
        out.push({ ...block, rows: block.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, children: keep(c.children) })) })) });
        break;
      default:
        out.push({ ...block });
    }
  }
  return out;
}
