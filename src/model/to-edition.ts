import type { Block, Edition, Inline } from './types.js';

/** Nothing a reader would see: no inline, or only blank text. */
const blank = (nodes: readonly Inline[]): boolean => nodes.every((node) => node.type === 'text' && node.value.trim() === '');

/**
 * Inline nodes with every `:internal[…]` span left out, as if it had never been written: the
 * texts on both sides become one (two DOCX runs would show where it was) with the white space at
 * the seam once (`前 :internal[…] 後` is `前 後`, not `前  後`), none at either end; a link,
 * emphasis or reference left with no text goes as a whole (an empty <a> still carried its URL).
 */
function inlines(nodes: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let dropped = false;
  for (const node of nodes) {
    let kept = node;
    if ('children' in node) {
      const children = node.type === 'internalSpan' ? [] : inlines(node.children);
      if (node.type === 'internalSpan' || (blank(children) && !blank(node.children))) {
        dropped = true;
        continue;
      }
      kept = { ...node, children } as Inline;
    }
    const last = out[out.length - 1];
    if (dropped && kept.type === 'text') {
      const value = last === undefined || (last.type === 'text' && /\s$/.test(last.value)) ? kept.value.replace(/^\s+/, '') : kept.value;
      if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value + value };
      else out.push({ ...kept, value });
    } else out.push(kept);
    dropped = false;
  }
  const last = out[out.length - 1];
  if (dropped && last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
  return out;
}

// A fresh copy of inline nodes (the model stage fills in references' labels). Positions are
// shared: nothing changes them after parsing. structuredClone per paragraph made each compile of
// a 200 KB policy ≈10 ms slower.
const copy = (nodes: readonly Inline[]): Inline[] => nodes.map((node) => ('children' in node ? ({ ...node, children: copy(node.children) } as Inline) : { ...node }));

/** One block as the edition has it, or undefined when the edition leaves it out. */
function blockOf(block: Block, edition: Edition): Block | undefined {
  if (edition === 'public' && block.visibility === 'internal') return undefined;
  const keep = edition === 'internal' ? copy : inlines;
  switch (block.type) {
    case 'section':
      return { ...block, label: { ...block.label }, heading: keep(block.heading), children: toEdition(block.children, edition) };
    case 'item':
    case 'quote':
    case 'list': {
      const children = toEdition(block.children, edition);
      return children.length > 0 || block.children.length === 0 ? ({ ...block, children } as Block) : undefined;
    }
    case 'paragraph': {
      const children = keep(block.children);
      return edition === 'internal' || !blank(children) || blank(block.children) ? { ...block, children } : undefined;
    }
    case 'table':
      return { ...block, rows: block.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, children: keep(c.children) })) })) };
    default:
      return { ...block };
  }
}

/**
 * The blocks a reader of an edition gets. The public edition drops every internal block and
 * `:internal[…]` span before numbering, so public numbers show no gaps. A paragraph, item, list or
 * quote left empty by that is dropped too: an empty item ② would tell that something is there.
 * Two lists that only a dropped block kept apart are one list, as Markdown reads them without it:
 * numbers starting again at (1) after nothing would tell the same. Returns fresh copies.
 */
export function toEdition(blocks: readonly Block[], edition: Edition): Block[] {
  const out: Block[] = [];
  let dropped = false;
  for (const block of blocks) {
    const made = blockOf(block, edition);
    const last = out[out.length - 1];
    if (made === undefined) dropped = true;
    else if (dropped && made.type === 'list' && last?.type === 'list' && last.ordered === made.ordered) {
      out[out.length - 1] = { ...last, children: [...last.children, ...made.children] };
    } else out.push(made);
    if (made !== undefined) dropped = false;
  }
  return out;
}
