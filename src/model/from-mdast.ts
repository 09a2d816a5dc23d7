import type { Root, RootContent, Table as MdTable } from 'mdast';
import { diagnostic, type Diagnostic } from '../diagnostic.js';
import { MERGE_UP } from '../expand/prepare-table.js';
import type { FlatBlock } from './flat-block.js';
import { fromInline, type InlineContext } from './from-inline.js';
import type { Block, Cell, Item, Row, Table, Visibility } from './types.js';

interface Context extends InlineContext {
  source: string;
  visibility: Visibility;
}

function placeOf(node: RootContent, context: Context) {
  return { file: context.file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function fromTable(node: MdTable, context: Context): Table {
  const rows: Row[] = [];
  // Column → the cell that a `^^` below extends.
  const spanning: Array<Cell | undefined> = [];
  node.children.forEach((row, r) => {
    const cells: Cell[] = [];
    row.children.forEach((cell, c) => {
      const text = cell.children.length === 1 && cell.children[0].type === 'text' ? cell.children[0].value.trim() : undefined;
      const above = spanning[c];
      if (r > 0 && text === MERGE_UP && above) {
        above.rowSpan += 1;
        return;
      }
      const made: Cell = { children: fromInline(cell.children, context), rowSpan: 1, colSpan: 1, position: placeOf(cell as unknown as RootContent, context) };
      spanning[c] = made;
      cells.push(made);
    });
    rows.push({ cells, position: placeOf(row as unknown as RootContent, context) });
  });
  return {
    type: 'table',
    caption: node.data?.table?.caption,
    align: (node.align ?? []).map((a) => a ?? null),
    headerRows: 1,
    rows,
    visibility: context.visibility,
    position: placeOf(node, context),
  };
}

/** A container directive whose closing `:::` is missing runs to the end of its parent. */
function isUnclosed(node: RootContent, source: string): boolean {
  const end = node.position?.end.offset;
  if (end === undefined) return false;
  const lineStart = source.lastIndexOf('\n', end - 1) + 1;
  // Inside a quote the closing line is `> :::` (or `> > :::`); the markers are not part of the fence.
  return !/^(?:[ \t]*>)*\s*:{3,}\s*$/.test(source.slice(lineStart, end));
}

function fromBlock(node: RootContent, context: Context, topLevel: boolean, out: FlatBlock[]): void {
  const position = placeOf(node, context);
  const { visibility } = context;
  switch (node.type) {
    case 'heading':
      if (topLevel) {
        out.push({
          type: 'heading',
          depth: node.depth,
          id: node.data?.attributes?.id,
          unnumbered: node.data?.attributes?.unnumbered ?? false,
          heading: fromInline(node.children, context),
          visibility,
          position,
        });
      } else {
        out.push({ type: 'paragraph', children: fromInline(node.children, context), visibility, position });
      }
      return;
    case 'paragraph':
      out.push({ type: 'paragraph', id: node.data?.attributes?.id, children: fromInline(node.children, context), visibility, position });
      return;
    case 'list':
      out.push({
        type: 'list',
        ordered: node.ordered ?? false,
        start: node.start ?? 1,
        visibility,
        position,
        children: node.children.map((item): Item => {
          const first = item.children[0];
          const id = first?.type === 'paragraph' ? first.data?.attributes?.id : undefined;
          // `- text {#id}` names the item, not its first paragraph.
          if (id !== undefined && first?.data?.attributes) first.data.attributes = { ...first.data.attributes, id: undefined };
          return { type: 'item', id: id ?? '', explicitId: id !== undefined, level: -1, label: { text: '', ref: '' }, children: fromBlocks(item.children, context, false), visibility, position: placeOf(item, context) };
        }),
      });
      return;
    case 'table':
      out.push(fromTable(node, context));
      return;
    case 'code':
      out.push({ type: 'code', lang: node.lang ?? undefined, value: node.value, visibility, position });
      return;
    case 'blockquote':
      out.push({ type: 'quote', children: fromBlocks(node.children, context, false), visibility, position });
      return;
    case 'thematicBreak':
      out.push({ type: 'rule', visibility, position });
      return;
    case 'containerDirective': {
      if (isUnclosed(node, context.source)) {
        context.diagnostics.push(diagnostic(position, 'error', 'directive-unclosed', `:::${node.name} を閉じる ::: がありません。`));
      }
      if (node.name !== 'internal') {
        context.diagnostics.push(diagnostic(position, 'error', 'directive-unknown', `未知のディレクティブ :::${node.name} です。使えるのは :::internal です。`));
      }
      const inner: Context = { ...context, visibility: node.name === 'internal' ? 'internal' : visibility };
      if (topLevel) out.push({ type: 'enter' });
      for (const child of node.children) fromBlock(child, inner, topLevel, out);
      if (topLevel) out.push({ type: 'exit' });
      return;
    }
    case 'leafDirective':
      context.diagnostics.push(diagnostic(position, 'error', 'directive-unknown', `未知のディレクティブ ::${node.name} です。使えるのは ::data-table{source=…} です。`));
      return;
    case 'html':
      context.diagnostics.push(diagnostic(position, 'warning', 'raw-html', 'HTML は出力しません（Markdown の書き方を使ってください）。'));
      return;
    case 'definition':
      return;
    default:
      context.diagnostics.push(diagnostic(position, 'warning', 'unsupported-syntax', `この書き方（${node.type}）には対応していません。`));
  }
}

function fromBlocks(nodes: readonly RootContent[], context: Context, topLevel: boolean): Block[] {
  const out: FlatBlock[] = [];
  for (const node of nodes) fromBlock(node, context, topLevel, out);
  return out as Block[];
}

/** One source file's mdast → a flat block stream (headings not yet nested into sections). */
export function fromMdast(tree: Root, context: Omit<Context, 'visibility'>): FlatBlock[] {
  const out: FlatBlock[] = [];
  for (const node of tree.children) fromBlock(node, { ...context, visibility: 'public' }, true, out);
  return out;
}
