import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toPlainText } from '../../model/to-plain-text.js';
import type { Table } from '../../model/types.js';
import { toGrid, type GridSlot } from '../table-grid.js';
import { inlineToHast, type InlineContext } from './inline-to-hast.js';

const ALIGN = { left: undefined, center: 'align-center', right: 'align-right' } as const;
/** A column whose lines are all this short (分類, 機密性3) is kept from wrapping. */
const SHORT = 6;

function shortColumns(grid: GridSlot[][]): Set<number> {
  const longest = new Map<number, number>();
  for (const row of grid) {
    row.forEach((slot, c) => {
      if (!slot.origin || slot.cell.colSpan > 1) return;
      const lines = toPlainText(slot.cell.children).split('\n').map((line) => [...line].length);
      longest.set(c, Math.max(longest.get(c) ?? 0, ...lines));
    });
  }
  return new Set([...longest].filter(([, n]) => n <= SHORT).map(([c]) => c));
}

/**
 * A table with its caption, header rows as <th scope="col"> in <thead>, and merged cells as
 * rowspan/colspan. The grid gives each starting cell its column, for the column's alignment.
 */
export function tableToHast(table: Table, context: InlineContext): Element {
  const grid = toGrid(table);
  // Japanese breaks between any two characters, so the browser squeezes short columns to one.
  const short = shortColumns(grid);
  const rows = grid.map((slots, r) => {
    const header = r < table.headerRows;
    const cells: ElementContent[] = [];
    slots.forEach((slot, c) => {
      if (!slot.origin) return;
      const classes = [ALIGN[table.align[c] ?? 'left'], short.has(c) ? 'short' : undefined].filter((x): x is string => x !== undefined);
      const properties = {
        scope: header ? 'col' : undefined,
        rowSpan: slot.cell.rowSpan > 1 ? slot.cell.rowSpan : undefined,
        colSpan: slot.cell.colSpan > 1 ? slot.cell.colSpan : undefined,
        className: classes.length > 0 ? classes : undefined,
      };
      cells.push(h(header ? 'th' : 'td', properties, inlineToHast(slot.cell.children, context)));
    });
    return h('tr', cells);
  });
  const head = rows.slice(0, table.headerRows);
  const body = rows.slice(table.headerRows);
  return h('table', { id: table.id }, [
    ...(table.caption ? [h('caption', table.caption)] : []),
    ...(head.length > 0 ? [h('thead', head)] : []),
    h('tbody', body),
  ]);
}
