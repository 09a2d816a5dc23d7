import type { Cell, Inline, Table as TableNode } from '../../model/types.js';
import { toPlainText } from '../../model/to-plain-text.js';
import { toGrid } from '../table-grid.js';
import { columnWidths } from './column-widths.js';
import { inlineRuns } from './inline-runs.js';
import { cellProperties } from './ooxml/cell-properties.js';
import { tableProperties } from './ooxml/table-properties.js';
import type { RenderState } from './render-state.js';
import { StyleId } from './style-ids.js';

/** A cell's lines (its <br>s), as paragraphs, so a 「・」 line can hang its wrapped text under its text. */
function lines(nodes: readonly Inline[]): Inline[][] {
  const out: Inline[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'break') out.push([]);
    else out[out.length - 1].push(node);
  }
  return out;
}

function cellParagraphs(cell: Cell, header: boolean, align: 'left' | 'right' | 'center' | null, state: RenderState): void {
  const em = Math.round((state.setup.size - 1) * 20);
  const bullet = state.document.numbering.bullet;
  for (const line of lines(cell.children)) {
    const bulleted = toPlainText(line).trimStart().startsWith(bullet);
    state.out.paragraph(
      {
        style: header ? StyleId.tableHeading : StyleId.tableText,
        // Header cells stay centered (their style); body cells follow the column's alignment.
        ...(align && !header ? { align } : {}),
        ...(bulleted ? { left: em, hanging: em } : {}),
      },
      () => inlineRuns(line, state),
    );
  }
}

/**
 * A table across the text width from its indent: fixed column widths that fit the page, header
 * rows repeated on every page, merged cells as the model spans them (a cell spanning rows
 * continues in each row below it), and an optional caption.
 */
export function tableBlock(table: TableNode, state: RenderState): void {
  const { setup, styles, out } = state;
  const left = Math.round(state.indent * setup.em);
  const total = state.width - left;
  const margin = styles.table.cellMargin;
  const widths = columnWidths(table, total, Math.round((setup.size - 1) * 20), 2 * margin);
  if (table.caption) out.paragraph({ style: StyleId.tableCaption, left }, () => out.run('', table.caption!));
  out.openTable(tableProperties({ width: total, indent: left, borders: styles.table.borders, cellMargins: { top: 20, left: margin, bottom: 20, right: margin } }, widths));
  const grid = toGrid(table);
  // The row each cell starts in: a merge's continuation looks as the cell does there.
  const startRow = new Map<Cell, number>();
  grid.forEach((slots, r) => slots.forEach((slot) => slot.origin && startRow.set(slot.cell, r)));
  grid.forEach((slots, r) => {
    out.openRow(r < table.headerRows);
    slots.forEach((slot, c) => {
      const { cell } = slot;
      // A slot covered by a cell spanning columns is written with the cell.
      if (!slot.origin && slots[c - 1]?.cell === cell) return;
      const header = (startRow.get(cell) ?? r) < table.headerRows;
      const width = widths.slice(c, c + cell.colSpan).reduce((a, b) => a + b, 0);
      const look = {
        width,
        span: cell.colSpan,
        merge: cell.rowSpan > 1 ? (slot.origin ? ('restart' as const) : ('continue' as const)) : undefined,
        fill: header ? styles.table.headerFill : undefined,
        valign: header || cell.rowSpan > 1 ? ('center' as const) : ('top' as const),
      };
      if (slot.origin) {
        out.openCell(cellProperties(look), { width: width - 2 * margin, margins: 40 });
        cellParagraphs(cell, header, table.align[c] ?? null, state);
      } else {
        out.openCell(cellProperties(look));
        out.write('<w:p/>');
      }
      out.closeCell();
    });
    out.closeRow();
  });
  out.closeTable();
}
