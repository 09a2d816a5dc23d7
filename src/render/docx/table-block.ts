import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type FileChild } from 'docx';
import type { Cell, Inline, Table as TableNode } from '../../model/types.js';
import { toPlainText } from '../../model/to-plain-text.js';
import { toGrid } from '../table-grid.js';
import { columnWidths } from './column-widths.js';
import { inlineRuns } from './inline-runs.js';
import type { RenderState } from './render-state.js';
import { StyleId } from './style-ids.js';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** A cell's lines (its <br>s), as paragraphs, so a 「・」 line can hang its wrapped text under its text. */
function lines(nodes: readonly Inline[]): Inline[][] {
  const out: Inline[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'break') out.push([]);
    else out[out.length - 1].push(node);
  }
  return out;
}

function cellParagraphs(cell: Cell, header: boolean, align: 'left' | 'right' | 'center' | null, state: RenderState): Paragraph[] {
  const em = Math.round((state.setup.size - 1) * 20);
  const bullet = state.document.numbering.bullet;
  return lines(cell.children).map((line) => {
    const bulleted = toPlainText(line).trimStart().startsWith(bullet);
    return new Paragraph({
      style: header ? StyleId.tableHeading : StyleId.tableText,
      // Header cells stay centered (their style); body cells follow the column's alignment.
      ...(align && !header ? { alignment: ALIGN[align] } : {}),
      ...(bulleted ? { indent: { left: em, hanging: em } } : {}),
      children: inlineRuns(line, state),
    });
  });
}

/**
 * A table across the text width from its indent: fixed column widths that fit the page, header
 * rows repeated on every page, merged cells as the model spans them, and an optional caption.
 */
export function tableBlock(table: TableNode, state: RenderState): FileChild[] {
  const { setup, styles } = state;
  const left = Math.round(state.indent * setup.em);
  const total = state.width - left;
  const widths = columnWidths(table, total, Math.round((setup.size - 1) * 20), 2 * styles.table.cellMargin);
  // The grid column each cell starts in, for its width and the column's alignment.
  const column = new Map<Cell, number>();
  for (const row of toGrid(table)) row.forEach((slot, c) => slot.origin && column.set(slot.cell, c));
  const rows = table.rows.map((row, r) => {
    const header = r < table.headerRows;
    return new TableRow({
      ...(header ? { tableHeader: true, cantSplit: true } : {}),
      children: row.cells.map((cell) => {
        const c = column.get(cell) ?? 0;
        const width = widths.slice(c, c + cell.colSpan).reduce((a, b) => a + b, 0);
        return new TableCell({
          children: cellParagraphs(cell, header, table.align[c] ?? null, state),
          width: { size: width, type: WidthType.DXA },
          rowSpan: cell.rowSpan,
          columnSpan: cell.colSpan,
          verticalAlign: header || cell.rowSpan > 1 ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
          ...(header ? { shading: { type: ShadingType.CLEAR, fill: styles.table.headerFill, color: 'auto' } } : {}),
        });
      }),
    });
  });
  const grid = new Table({
    rows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    indent: { size: left, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: styles.table.borders,
    margins: { left: styles.table.cellMargin, right: styles.table.cellMargin, top: 20, bottom: 20 },
  });
  if (!table.caption) return [grid];
  return [new Paragraph({ style: StyleId.tableCaption, indent: { left }, text: table.caption }), grid];
}
