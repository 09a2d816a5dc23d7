import { isBlank } from './is-blank.js';
import { publicInlines } from './public-inlines.js';
import { publicTable } from './public-table.js';
import type { Block, Edition, Inline } from './types.js';

// A fresh copy of inline nodes (the model stage fills in references' labels). Positions are
// shared: nothing changes them after parsing. structuredClone per paragraph made each compile of
// a 200 KB policy ≈10 ms slower.
const copy = (nodes: readonly Inline[]): Inline[] => nodes.map((node) => ('children' in node ? ({ ...node, children: copy(node.children) } as Inline) : { ...node }));

/** One block as the edition has it, or undefined when the edition leaves it out. */
function blockOf(block: Block, edition: Edition): Block | undefined {
  if (edition === 'public' && block.visibility === 'internal') return undefined;
  const keep = edition === 'internal' ? copy : publicInlines;
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
      return edition === 'internal' || !isBlank(children) || isBlank(block.children) ? { ...block, children } : undefined;
    }
    case 'table':
      return edition === 'public' ? publicTable(block) : { ...block, rows: block.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, children: copy(c.children) })) })) };
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
